import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { checkFixturePairs } from '../../src/testing';
import { FIXTURES, readJson } from '../support/fixtures';

const dir = mkdtempSync(join(tmpdir(), 'dwo-pairs-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;
const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;
const write = (name: string, value: unknown) => writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));

mkdirSync(join(dir, 'nested'));
write('good.job-offer.json', jobOffer);
write('good.work-order.json', workOrder);
write('good.issues.json', [{ code: 'dropped_field', path: ['duration'] }]);
write('wrong-title.job-offer.json', jobOffer);
write('wrong-title.work-order.json', { ...workOrder, title: 'Other' });
write('wrong-issues.job-offer.json', jobOffer);
write('wrong-issues.work-order.json', workOrder);
write('wrong-issues.issues.json', []);
write('with-options.job-offer.json', jobOffer);
write('with-options.work-order.json', { ...workOrder, status: 'offered' });
write('with-options.options.json', { status: 'offered' });
write('nested/fails.job-offer.json', { ...jobOffer, offer_strategy: 'nope' });
write('nested/fails.work-order.json', workOrder);
write('lonely.job-offer.json', jobOffer);
write('broken.job-offer.json', '{ not json');
write('broken.work-order.json', workOrder);
write('notes.txt', 'ignored');

test('reports one result per pair, sorted by name, without throwing on bad fixtures', () => {
  const results = checkFixturePairs(dir);
  expect(results.map((r) => [r.name, r.passed])).toEqual([
    ['broken', false],
    ['good', true],
    ['lonely', false],
    ['nested/fails', false],
    ['with-options', true],
    ['wrong-issues', false],
    ['wrong-title', false],
  ]);
  const byName = Object.fromEntries(results.map((r) => [r.name, r]));
  expect(byName['good']).toEqual({ name: 'good', passed: true, diff: undefined, issues: [expect.objectContaining({ code: 'dropped_field', path: ['duration'] })] });
  expect(byName['wrong-title']?.diff).toMatch(/\+ +title: 'Fix the Sink'[\s\S]*- +title: 'Other'/);
  expect(byName['wrong-issues']?.diff).toContain('issues differ (code and path)');
  expect(byName['nested/fails']?.issues.map((i) => i.code)).toEqual(['invalid_value', 'dropped_field']);
  expect(byName['lonely']?.issues[0]?.message).toContain('needs a NAME.work-order.json beside it');
  expect(byName['broken']?.issues[0]?.message).toMatch(/broken\.job-offer\.json is not valid JSON/);
});

test('options apply to every pair, under each pair\'s own', () => {
  const results = checkFixturePairs(dir, { migrate: { status: 'canceled' } });
  expect(results.find((r) => r.name === 'good')?.passed).toBe(false);
  expect(results.find((r) => r.name === 'with-options')?.passed).toBe(true);
});
