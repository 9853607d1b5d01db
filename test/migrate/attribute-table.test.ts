import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ATTRIBUTE_TABLE, type AttributeRow } from '../../src/migrate/attribute-table';
import { parseTarget } from '../../src/migrate/compile-table';
import { fieldTree, type FieldNode } from '../../src/schemas/field-tree';
import { JobOfferSchema } from '../../src/schemas/job-offer';
import { WorkOrderStructureDefault } from '../../src/schemas/work-order';
import { FIXTURES } from '../support/fixtures';

// The attribute table is one value; these tests tie the schemas, the fixtures and docs/mapping.md
// to it, so that a mapped field added in one place and forgotten in another fails here.

/** The node at a Work Order path of the table (read by the engine's own grammar), or undefined. */
function nodeAt(root: FieldNode, path: string): FieldNode | undefined {
  let node: FieldNode | undefined = root;
  for (const step of parseTarget(path)) node = step.kind === 'key' ? fieldOf(node, step.key) : node?.element;
  return node;
}

/** A field of an object, or of any option of a union (a contact method's `value`). */
function fieldOf(node: FieldNode | undefined, key: string): FieldNode | undefined {
  if (node?.union !== undefined) return [...node.union.options.values()].map((option) => option.fields?.get(key)).find((f) => f !== undefined);
  return node?.fields?.get(key);
}

const jobOfferTree = fieldTree(JobOfferSchema);
const workOrderTree = fieldTree(WorkOrderStructureDefault);

describe('the attribute table', () => {
  test('has the guide\'s 27 rows, in the guide\'s order', () => {
    expect(ATTRIBUTE_TABLE.filter((r) => r.guide).map((r) => r.jobOffer)).toEqual([
      'offer_strategy', 'duration', 'duration_algorithm', 'ui_options',
      'entities.$.type', 'entities.$.id', 'entities.$.external_id', 'entities.$.data.name', 'entities.$.data.address', 'entities.$.data.email', 'entities.$.data.phone_number',
      'job.title', 'job.description', 'job.service_type', 'job.external_id', 'job.address',
      'customer.first_name', 'customer.last_name', 'customer.email', 'customer.phone_numbers.$.number', 'customer.phone_numbers.$.type', 'customer.phone_numbers.$.primary',
      'customer.external_id', 'customer.billing_address', 'customer.home_address',
      'appointment.window_start_time.$', 'appointment.window_end_time.$',
    ]);
  });

  test.each(ATTRIBUTE_TABLE.map((row) => [row.jobOffer || '(the Job Offer)', row] as const))('%s: both ends are fields of their schemas', (_, row) => {
    expect(nodeAt(jobOfferTree, row.jobOffer), `Job Offer field ${row.jobOffer}`).toBeDefined();
    if (row.workOrder !== null) expect(nodeAt(workOrderTree, row.workOrder), `Work Order field ${row.workOrder}`).toBeDefined();
    // Values set with a row go into the section's target, or beside the row's value.
    const holder = row.transfer === 'section' ? row.workOrder : row.workOrder?.replace(/\.?[a-z_]+$/, '');
    for (const key of Object.keys(row.set ?? {})) expect(fieldOf(nodeAt(workOrderTree, holder!), key), `${key} in ${holder}`).toBeDefined();
  });

  test('rows carry over, drop, consume or contain; only drop rows give a reason; only sections check', () => {
    for (const row of ATTRIBUTE_TABLE) {
      expect(row.workOrder === null, row.jobOffer).toBe(row.transfer === 'drop' || row.transfer === 'consume');
      expect(row.reason !== undefined, row.jobOffer).toBe(row.transfer === 'drop');
      if (row.check !== undefined) expect(row.transfer).toBe('section');
    }
  });

  test.each(ATTRIBUTE_TABLE.flatMap((row) => row.fixtures.map((fixture) => [row.jobOffer || '(the Job Offer)', fixture] as const)))('%s is shown by the fixture %s', (_, fixture) => {
    const file = fixture.includes('/') ? join(FIXTURES, `${fixture}.json`) : join(FIXTURES, 'pairs', `${fixture}.job-offer.json`);
    expect(existsSync(file), file).toBe(true);
  });
});

// docs/mapping.md's table is rendered from the value. `UPDATE_DOCS=1 npx vitest run
// test/migrate/attribute-table.test.ts` writes it after the table changed.
const START = '<!-- attribute-table:start (generated from src/migrate/attribute-table.ts; do not edit) -->';
const END = '<!-- attribute-table:end -->';

function cell(text: string): string {
  return text.replaceAll('|', '\\|');
}

function fixtureCell(fixtures: readonly string[]): string {
  return fixtures.map((f) => `\`${f}\``).join(', ');
}

export function renderTable(rows: readonly AttributeRow[]): string {
  const lines = ['| Job Offer | Work Order | What the library does | Fixture |', '| --- | --- | --- | --- |'];
  for (const row of rows) {
    const from = row.jobOffer === '' ? '(the Job Offer)' : `\`${row.jobOffer}\``;
    const to = row.workOrder === null ? '–' : row.workOrder === '' ? '(the Work Order)' : `\`${row.workOrder}\``;
    const decision = !row.guide && row.transfer === 'section' ? `*Implied container.* ${row.decision}` : row.decision;
    lines.push(`| ${from} | ${to} | ${cell(decision)} | ${fixtureCell(row.fixtures)} |`);
  }
  return lines.join('\n');
}

test('docs/mapping.md shows the table exactly as the code has it', () => {
  const path = new URL('../../docs/mapping.md', import.meta.url);
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);
  expect(start, 'docs/mapping.md has the table markers').toBeGreaterThan(-1);
  expect(end).toBeGreaterThan(start);
  const expected = `${START}\n${renderTable(ATTRIBUTE_TABLE)}\n${END}`;
  const actual = doc.slice(start, end + END.length);
  if (actual !== expected && process.env['UPDATE_DOCS'] === '1') writeFileSync(path, doc.slice(0, start) + expected + doc.slice(end + END.length));
  else expect(actual).toBe(expected);
});
