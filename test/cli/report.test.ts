import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideOffer, migrated, titleMissingOffer, validated, withExternalId } from './support/records';
import { runCli } from './support/run-cli';

// --report: totals, counts per issue code, and each failed record with its number, external id and
// issues (each with its path as a JSON Pointer too).

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-report-'));
const readReport = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));

describe('--report', () => {
  it('reports a migrate batch exactly', async () => {
    const path = join(dir, 'migrate.json');
    const failedOffer = withExternalId(titleMissingOffer, 'F2');
    const input = [JSON.stringify(guideOffer), JSON.stringify(failedOffer), 'not json', JSON.stringify(guideOffer)].join('\n');
    const run = await runCli(['migrate', '--report', path, '--quiet'], { stdin: input });
    expect(run.code).toBe(1);
    const failed = migrated(failedOffer).issues;
    const report = readReport(path) as { failed: { issues: { message: string }[] }[] };
    const invalidJsonMessage = report.failed[1]?.issues[0]?.message;
    expect(invalidJsonMessage).toMatch(/^the line is not valid JSON \(.+\)\.$/);
    expect(report).toEqual({
      version: 1,
      command: 'migrate',
      input: '-',
      shape: 'ndjson',
      failed: [
        { record: 2, external_id: 'F2', issues: failed.map((issue) => ({ ...issue, pointer: '/job/title' })) },
        { record: 3, external_id: null, issues: [{ code: 'invalid_json', severity: 'error', path: [], pointer: '', message: invalidJsonMessage }] },
      ],
      notes: [],
      totals: { read: 4, migrated: 2, failed: 2, warnings: 2, notes: 0 },
      codes: { dropped_field: 2, invalid_json: 1, required: 1 },
    });
    expect(readFileSync(path, 'utf8')).toMatch(/^\{\n {2}"version": 1,\n {2}"command": "migrate",\n/);
  });

  it('reports a validate run, with the Work Order\'s first external id', async () => {
    const path = join(dir, 'validate.json');
    const workOrder = migrated(guideOffer).workOrder;
    const broken = { ...workOrder, title: '' };
    const run = await runCli(['validate', '--report', path, '-'], { stdin: JSON.stringify([workOrder, broken], null, 2) });
    expect(run.code).toBe(1);
    const issues = validated(broken).issues;
    expect(issues.length).toBeGreaterThan(0);
    expect(readReport(path)).toEqual({
      version: 1,
      command: 'validate',
      input: '-',
      shape: 'array',
      failed: [{ record: 2, external_id: 'AAA123', issues: issues.map((issue) => ({ ...issue, pointer: `/${issue.path.join('/')}` })) }],
      notes: [],
      totals: { read: 2, valid: 1, failed: 1, warnings: 0, notes: 0 },
      codes: Object.fromEntries(issues.map((issue) => [issue.code, issues.filter((i) => i.code === issue.code).length])),
    });
  });

  it('has an empty failed list when every record succeeds', async () => {
    const path = join(dir, 'ok.json');
    const run = await runCli(['migrate', '-r', path, '-q'], { stdin: JSON.stringify(guideOffer, null, 2) });
    expect(run.code).toBe(0);
    expect(readReport(path)).toEqual({
      version: 1,
      command: 'migrate',
      input: '-',
      shape: 'document',
      failed: [],
      notes: [],
      totals: { read: 1, migrated: 1, failed: 0, warnings: 1, notes: 0 },
      codes: { dropped_field: 1 },
    });
  });

  it('is not written when the run ends with exit 2', async () => {
    const path = join(dir, 'never.json');
    const run = await runCli(['migrate', '-r', path], { stdin: '{\n oops' });
    expect(run.code).toBe(2);
    expect(existsSync(path)).toBe(false);
  });
});
