import { describe, expect, test } from 'vitest';
import { ATTRIBUTE_TABLE, type AttributeRow } from '../../src/migrate/attribute-table';
import { compileTable, parseTarget, placeKey, type CompiledRow, type Step, type TrieNode } from '../../src/migrate/compile-table';
import { JOB_OFFER_TREE } from '../../src/schemas/job-offer';

// The attribute table compiled beside the Job Offer schema: the trie the migration walks, each row's
// Work Order path relative to its section, and the table's own grammar and consistency, which
// compiling enforces when the library loads.

const text = (step: Step): string => (step.kind === 'key' ? step.key : step.kind === 'index' ? `[${step.index}]` : step.kind === 'bound' ? '$' : '[+]');

describe('parseTarget reads the Work Order paths of the table', () => {
  test.each([
    ['', []],
    ['title', [{ kind: 'key', key: 'title' }]],
    ['contacts[0].first_name', [{ kind: 'key', key: 'contacts' }, { kind: 'index', index: 0 }, { kind: 'key', key: 'first_name' }]],
    ['a[12]', [{ kind: 'key', key: 'a' }, { kind: 'index', index: 12 }]],
    ['contacts[0].contact_methods[+].value', [{ kind: 'key', key: 'contacts' }, { kind: 'index', index: 0 }, { kind: 'key', key: 'contact_methods' }, { kind: 'append' }, { kind: 'key', key: 'value' }]],
    ['service_providers.$.external_ids', [{ kind: 'key', key: 'service_providers' }, { kind: 'bound', nth: 0 }, { kind: 'key', key: 'external_ids' }]],
    ['a.$.b.$', [{ kind: 'key', key: 'a' }, { kind: 'bound', nth: 0 }, { kind: 'key', key: 'b' }, { kind: 'bound', nth: 1 }]],
  ] as const)('%j', (path, steps) => {
    expect(parseTarget(path)).toEqual(steps);
  });

  test.each(['Title', 'a..b', 'a.', '[0]', '$[0]', 'a[x]', 'a[0', 'a[-1]', 'a[0][1]', '$$', 'a b'])('%j is not a path of the grammar', (path) => {
    expect(() => parseTarget(path)).toThrow(new Error(`attribute table: cannot read the Work Order path "${path}"`));
  });

  test('placeKey: a key, a fixed index, or the index bound by the nth $', () => {
    expect(placeKey({ kind: 'key', key: 'title' }, [4, 7])).toBe('title');
    expect(placeKey({ kind: 'index', index: 0 }, [4, 7])).toBe(0);
    expect(placeKey({ kind: 'bound', nth: 1 }, [4, 7])).toBe(7);
    expect(placeKey({ kind: 'bound', nth: 0 }, [4, 7])).toBe(4);
  });
});

describe('the attribute table, compiled', () => {
  // Compiled inside each test, never while the file is collected (see CONTRIBUTING.md).
  const compile = (): { root: TrieNode; nodes: TrieNode[]; rows: CompiledRow[] } => {
    const root = compileTable(ATTRIBUTE_TABLE, JOB_OFFER_TREE);
    const nodes: TrieNode[] = [];
    const walk = (node: TrieNode): void => {
      nodes.push(node);
      node.children.forEach(walk);
      if (node.element !== undefined) walk(node.element);
    };
    walk(root);
    return { root, nodes, rows: nodes.flatMap((node) => (node.row === undefined ? [] : [node.row])) };
  };

  test('every row, in schema order, with its steps below its section and whether a missing value can be found again', () => {
    const rows = compile().rows.map((row) => [row.pattern.join('.'), row.steps.map(text).join(' '), row.place && text(row.place), row.findable]);
    expect(rows).toEqual([
      ['', '', undefined, true],
      ['offer_strategy', 'orchestration', 'orchestration', true],
      ['duration', '', undefined, true],
      ['duration_algorithm', '', undefined, true],
      ['ui_options', '', undefined, true],
      ['job', '', undefined, true],
      ['job.title', 'title', 'title', true],
      ['job.description', 'description', 'description', true],
      ['job.service_type', 'service_type', 'service_type', true],
      ['job.external_id', 'external_ids', 'external_ids', true],
      ['job.external_ids', 'external_ids', 'external_ids', true],
      ['job.address', 'location', 'location', true],
      ['appointment', 'appointment_windows', 'appointment_windows', true],
      ['appointment.window_start_time.$', '$ start_time', 'start_time', true],
      ['appointment.window_end_time.$', '$ end_time', 'end_time', true],
      ['customer', 'contacts [0]', '[0]', true],
      ['customer.first_name', 'first_name', 'first_name', true],
      ['customer.last_name', 'last_name', 'last_name', true],
      ['customer.email', 'contact_methods [+] value', 'value', false],
      ['customer.phone_numbers', 'contact_methods', 'contact_methods', true],
      ['customer.phone_numbers.$', '[+]', undefined, false],
      ['customer.phone_numbers.$.number', 'value', 'value', true],
      ['customer.phone_numbers.$.type', 'type', 'type', true],
      ['customer.phone_numbers.$.primary', 'preferred', 'preferred', true],
      ['customer.external_id', 'external_ids', 'external_ids', true],
      ['customer.external_ids', 'external_ids', 'external_ids', true],
      ['customer.billing_address', 'billing_address', 'billing_address', true],
      ['customer.home_address', '', undefined, true],
      ['entities', 'service_providers', 'service_providers', true],
      ['entities.$', '$', '$', true],
      ['entities.$.type', '', undefined, true],
      ['entities.$.id', 'id', 'id', true],
      ['entities.$.external_id', 'external_ids', 'external_ids', true],
      ['entities.$.data', '', undefined, true],
      ['entities.$.data.name', 'name', 'name', true],
      ['entities.$.data.email', 'email', 'email', true],
      ['entities.$.data.phone_number', 'phone_number', 'phone_number', true],
      ['entities.$.data.address', 'address', 'address', true],
      ['entities.$.data.external_ids', 'external_ids', 'external_ids', true],
    ]);
  });

  test('sections: created on entering (an element, values to set, or their section\'s own target) or when first written; array or object', () => {
    const sections = compile().rows.filter((row) => row.row.transfer === 'section').map((row) => [row.pattern.join('.'), row.eager, row.isArray]);
    expect(sections).toEqual([
      ['', true, false],
      ['job', true, false],
      ['appointment', false, true],
      ['customer', true, false],
      ['customer.phone_numbers', false, true],
      ['customer.phone_numbers.$', true, false],
      ['entities', false, true],
      ['entities.$', true, false],
      ['entities.$.data', true, false],
    ]);
  });

  test('set values are read once into entries', () => {
    const entries = compile().rows.filter((row) => row.setEntries.length > 0).map((row) => [row.pattern.join('.'), row.setEntries]);
    expect(entries).toEqual([
      ['', [['workflow', 'service']]],
      ['customer', [['primary', true]]],
      ['customer.email', [['method', 'email'], ['preferred', true]]],
      ['customer.phone_numbers.$', [['method', 'phone']]],
    ]);
  });

  test('only containers are walked into: a value carried whole has no children; arrays without a row are walked to their element', () => {
    const { root, nodes } = compile();
    const byPath = new Map(nodes.map((node) => [node.row?.pattern.join('.') ?? node.key, node]));
    expect(root.children.map((child) => child.key)).toEqual(['offer_strategy', 'duration', 'duration_algorithm', 'ui_options', 'job', 'appointment', 'customer', 'entities']);
    expect([...root.byKey]).toEqual(root.children.map((child, i) => [child.key, i]));
    expect(byPath.get('job.address')).toMatchObject({ children: [], element: undefined });
    expect(byPath.get('job.external_ids')).toMatchObject({ children: [], element: undefined });
    const appointment = byPath.get('appointment')!;
    expect(appointment.children.map((child) => [child.key, child.row, child.element?.row?.pattern.join('.')])).toEqual([
      ['window_start_time', undefined, 'appointment.window_start_time.$'],
      ['window_end_time', undefined, 'appointment.window_end_time.$'],
    ]);
  });
});

describe('compiling holds the table to the schema and to its own rules', () => {
  const tree = JOB_OFFER_TREE;
  const replace = (jobOffer: string, change: Partial<AttributeRow>): AttributeRow[] => ATTRIBUTE_TABLE.map((row) => (row.jobOffer === jobOffer ? { ...row, ...change } : row));

  test('a field without a row', () => {
    expect(() => compileTable(ATTRIBUTE_TABLE.filter((row) => row.jobOffer !== 'job.service_type'), tree)).toThrow(new Error('attribute table: the Job Offer field "job.service_type" has no row'));
  });
  test('rows without a field, all named', () => {
    const extra = (jobOffer: string): AttributeRow => ({ jobOffer, workOrder: null, transfer: 'drop', decision: '', fixtures: [], guide: false, reason: '' });
    expect(() => compileTable([...ATTRIBUTE_TABLE, extra('job.priority'), extra('job.urgency')], tree)).toThrow(new Error('attribute table: no Job Offer field for the rows job.priority, job.urgency'));
  });
  test('a Work Order path outside its section\'s target', () => {
    expect(() => compileTable(replace('customer.first_name', { workOrder: 'first_name' }), tree)).toThrow(
      new Error('attribute table: the row "customer.first_name" writes to "first_name", outside "contacts[0]", the target of its section "customer"'),
    );
    expect(() => compileTable(replace('customer.first_name', { workOrder: 'contacts[1].first_name' }), tree)).toThrow(
      new Error('attribute table: the row "customer.first_name" writes to "contacts[1].first_name", outside "contacts[0]", the target of its section "customer"'),
    );
    for (const outside of ['people[0].first_name', 'contacts[+].first_name']) {
      expect(() => compileTable(replace('customer.first_name', { workOrder: outside }), tree)).toThrow(
        new Error(`attribute table: the row "customer.first_name" writes to "${outside}", outside "contacts[0]", the target of its section "customer"`),
      );
    }
    expect(() => compileTable(replace('entities.$.id', { workOrder: 'service_providers[0].id' }), tree)).toThrow(
      new Error('attribute table: the row "entities.$.id" writes to "service_providers[0].id", outside "service_providers.$", the target of its section "entities.$"'),
    );
    expect(() => compileTable(replace('customer.first_name', { workOrder: 'contacts' }), tree)).toThrow(
      new Error('attribute table: the row "customer.first_name" writes to "contacts", outside "contacts[0]", the target of its section "customer"'),
    );
  });
  test('a row that carries a value to no place of its own', () => {
    expect(() => compileTable(replace('customer.first_name', { workOrder: 'contacts[0].names[+]' }), tree)).toThrow(
      new Error('attribute table: the row "customer.first_name" carries a value but its Work Order path "contacts[0].names[+]" names no place for it'),
    );
    expect(() => compileTable(replace('job.title', { workOrder: '' }), tree)).toThrow(
      new Error('attribute table: the row "job.title" carries a value but its Work Order path "" names no place for it'),
    );
  });
  test('a section with values to set is created on entering even when its target is a key', () => {
    const appointment = (table: readonly AttributeRow[]) => compileTable(table, tree).children.find((child) => child.key === 'appointment')!.row!;
    expect(appointment(ATTRIBUTE_TABLE)).toMatchObject({ eager: false, setEntries: [] });
    expect(appointment(replace('appointment', { set: { note: 'x' } }))).toMatchObject({ eager: true, setEntries: [['note', 'x']] });
  });
  test('a Work Order path exactly for the rows that carry a value', () => {
    expect(() => compileTable(replace('job.title', { workOrder: null }), tree)).toThrow(new Error('attribute table: the row "job.title" has no Work Order path but carries a value (transfer "copy")'));
    expect(() => compileTable(replace('duration', { workOrder: 'duration' }), tree)).toThrow(new Error('attribute table: the row "duration" has a Work Order path but does not carry a value (transfer "drop")'));
  });
  test('a $ of the Work Order path that the Job Offer path does not bind', () => {
    expect(() => compileTable(replace('entities.$.data.external_ids', { workOrder: 'service_providers.$.external_ids.$' }), tree)).toThrow(
      new Error('attribute table: the Work Order path "service_providers.$.external_ids.$" of the row "entities.$.data.external_ids" has more $ than the Job Offer path binds'),
    );
  });
  test('a path the grammar cannot read', () => {
    expect(() => compileTable(replace('job.title', { workOrder: 'Title!' }), tree)).toThrow(new Error('attribute table: cannot read the Work Order path "Title!"'));
  });
});
