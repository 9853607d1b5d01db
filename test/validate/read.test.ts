import { describe, expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder } from '../../src';
import { MAX_KEY_ISSUES } from '../../src/validate/read';
import { FIXTURES, readJson } from '../support/fixtures';

// Both functions read an untrusted value once, own properties only, and turn whatever throws while
// being read into an issue: they never throw on data.

const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;
const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;

function throwingGetter<T extends object>(base: T, key: string): T {
  const copy = { ...base };
  Object.defineProperty(copy, key, { enumerable: true, get: () => { throw new Error('no'); } });
  return copy;
}

// What the guide's example always gets besides: migrateJobOffer warns that `duration` is dropped.
const besides = { validateWorkOrder: [], migrateJobOffer: [['dropped_field', ['duration']]] };

describe.each([
  ['validateWorkOrder', validateWorkOrder, workOrder, 'location', 'title'],
  ['migrateJobOffer', migrateJobOffer, jobOffer, 'job', 'offer_strategy'],
] as const)('%s on objects that throw while read', (name, fn, valid, objectKey, leafKey) => {
  const codesAndPaths = (input: unknown) => fn(input).issues.map((i) => [i.code, i.path]);

  test('a throwing getter is unreadable_input at its path, the walk goes on, and nothing is parsed', () => {
    const result = fn(throwingGetter(valid, leafKey));
    expect(result.success).toBe(false);
    expect(result.issues[0]).toEqual({
      code: 'unreadable_input',
      severity: 'error',
      path: [leafKey],
      message: `"${leafKey}" could not be read (reading it threw Error): pass plain data, such as the result of JSON.parse, not objects with getters or proxies.`,
    });
    expect(codesAndPaths(throwingGetter(valid, leafKey))).toEqual([['unreadable_input', [leafKey]], ...besides[name]]);
    const nested = { ...valid, [objectKey]: throwingGetter(valid[objectKey] as object, objectKey === 'job' ? 'title' : 'city') };
    expect(codesAndPaths(nested)).toEqual([['unreadable_input', [objectKey, objectKey === 'job' ? 'title' : 'city']], ...besides[name]]);
  });

  test('a revoked Proxy, as the input or inside it, is unreadable_input', () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(fn(proxy)).toEqual({
      success: false,
      issues: [
        {
          code: 'unreadable_input',
          severity: 'error',
          path: [],
          message: '"(root)" could not be read (reading it threw TypeError): pass plain data, such as the result of JSON.parse, not objects with getters or proxies.',
        },
      ],
    });
    expect(codesAndPaths({ ...valid, [objectKey]: proxy })).toEqual([['unreadable_input', [objectKey]], ...besides[name]]);
  });

  test('a Proxy whose traps throw is unreadable_input', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new RangeError('trap'); } });
    expect(codesAndPaths(hostile)).toEqual([['unreadable_input', []]]);
  });

  test('each value is read once: a getter that answers differently the second time is not believed', () => {
    let reads = 0;
    const sneaky = { ...valid };
    Object.defineProperty(sneaky, leafKey, { enumerable: true, get: () => (++reads === 1 ? (valid[leafKey] ?? 'direct') : 'x'.repeat(5_000_000)) });
    const result = fn(sneaky);
    expect(reads).toBe(1);
    expect(result.success).toBe(true);
  });

  test('inherited properties are never read', () => {
    const inherited = Object.assign(Object.create({ description: 'x'.repeat(3_000_000) }), valid);
    const result = fn(inherited);
    expect(result.success).toBe(true);
    expect(JSON.stringify(result)).not.toContain('xxxxxxxxxx');
  });
});

describe('floods of unknown keys', () => {
  test(`at most ${MAX_KEY_ISSUES} are listed one by one, then one issue counts the rest`, () => {
    const flooded: Record<string, unknown> = { ...workOrder };
    // Under the 200-key limit of one object: spread over the nested objects too.
    for (let i = 0; i < 150; i++) flooded[`unknown_${i}`] = i;
    flooded['location'] = { ...(workOrder['location'] as object), ...Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`extra_${i}`, i])) };
    const result = validateWorkOrder(flooded);
    expect(result.success).toBe(true);
    const unknown = result.issues.filter((i) => i.code === 'unknown_field');
    expect(unknown).toHaveLength(MAX_KEY_ISSUES + 1);
    expect(unknown.at(-1)).toEqual({
      code: 'unknown_field',
      severity: 'warning',
      path: [],
      message: `200 more keys that are not Work Order fields were left out of the result (only the first ${MAX_KEY_ISSUES} are listed one by one): remove them.`,
    });
  });

  test(`exactly ${MAX_KEY_ISSUES} unknown keys are all listed, with no summary`, () => {
    const flooded: Record<string, unknown> = { ...workOrder, ...Object.fromEntries(Array.from({ length: MAX_KEY_ISSUES }, (_, i) => [`unknown_${i}`, i])) };
    const unknown = validateWorkOrder(flooded).issues;
    expect(unknown).toHaveLength(MAX_KEY_ISSUES);
    expect(unknown.every((i) => i.code === 'unknown_field' && i.path.length === 1)).toBe(true);
  });

  test('a long unknown key is cut in its message and gets no "did you mean"', () => {
    const key = `titl${'e'.repeat(100)}`;
    const [found] = validateWorkOrder({ ...workOrder, [key]: 1 }).issues;
    expect(found?.message).toBe(`"${key.slice(0, 64)}…" is not a Work Order field and was left out of the result: remove it, or move its data to a field the payload has.`);
  });
});

describe('more ways a value can fail to be read', () => {
  test("a contact method's method that throws is unreadable_input at the method", () => {
    const method = { value: 'a@b.co' };
    Object.defineProperty(method, 'method', { enumerable: true, get: () => { throw new Error('no'); } });
    const contacts = [{ ...(workOrder['contacts'] as object[])[0], contact_methods: [method] }];
    expect(validateWorkOrder({ ...workOrder, contacts }).issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', ['contacts', 0, 'contact_methods', 0, 'method']]]);
  });

  test("a contact method's method is read once, though the walk needs it to choose the kind", () => {
    let reads = 0;
    const method = { value: 'a@b.co' };
    Object.defineProperty(method, 'method', { enumerable: true, get: () => (++reads === 1 ? 'email' : 'phone') });
    const contacts = [{ ...(workOrder['contacts'] as object[])[0], contact_methods: [method] }];
    const result = validateWorkOrder({ ...workOrder, contacts });
    expect(reads).toBe(1);
    expect(result.success && result.workOrder.contacts[0]?.contact_methods).toEqual([{ method: 'email', value: 'a@b.co' }]);
  });

  test('a getter that throws something other than an Error: "threw an exception"', () => {
    const input = { ...workOrder };
    Object.defineProperty(input, 'title', { enumerable: true, get: () => { throw 'no'; } });
    expect(validateWorkOrder(input).issues).toEqual([
      {
        code: 'unreadable_input',
        severity: 'error',
        path: ['title'],
        message: '"title" could not be read (reading it threw an exception): pass plain data, such as the result of JSON.parse, not objects with getters or proxies.',
      },
    ]);
  });
  test('an array whose elements throw is unreadable_input at the array', () => {
    const windows = new Proxy([{}], { get: (target, key) => (key === '0' ? (() => { throw new Error('no'); })() : Reflect.get(target, key)) });
    expect(validateWorkOrder({ ...workOrder, appointment_windows: windows }).issues.map((i) => [i.code, i.path])).toEqual([['unreadable_input', ['appointment_windows']]]);
  });
  test('a contact method with too many keys is too_large, whatever its method', () => {
    const method = { method: 'email', value: 'a@b.co', ...Object.fromEntries(Array.from({ length: 200 }, (_, i) => [`k${i}`, i])) };
    const contacts = [{ primary: true, contact_methods: [method] }];
    expect(validateWorkOrder({ ...workOrder, contacts }).issues.map((i) => [i.code, i.path])).toEqual([['too_large', ['contacts', 0, 'contact_methods', 0]]]);
  });
});

test('a flood of unknown keys costs in proportion to its size: 198,000 keys give 101 issues', () => {
  // 50 contacts × 20 contact methods × 198 made-up 64-character keys: every object at the
  // 200-key limit, 13 MB of JSON, as an attack review sent it.
  const junk = Object.fromEntries(Array.from({ length: 198 }, (_, i) => [`${"k".repeat(58)}${String(i).padStart(6, "0")}`, 1]));
  const method = { method: 'email', value: 'a@b.co', ...junk };
  const contacts = Array.from({ length: 50 }, (_, i) => ({ first_name: 'A', primary: i === 0, contact_methods: Array.from({ length: 20 }, () => method) }));
  const started = process.hrtime.bigint();
  const result = validateWorkOrder({ ...workOrder, contacts });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const unknown = result.issues.filter((i) => i.code === 'unknown_field');
  expect(unknown).toHaveLength(101);
  expect(unknown.at(-1)?.message).toBe('197900 more keys that are not Work Order fields were left out of the result (only the first 100 are listed one by one): remove them.');
  expect(JSON.stringify(result).length).toBeLessThan(100_000);
  // Not a timing assertion: a bound so loose only a "did you mean" per key could break it.
  expect(ms).toBeLessThan(20_000);
});

describe('the "did you mean" hint of an unknown key', () => {
  const hint = (key: string, at: 'root' | 'location' = 'root') => {
    const input = at === 'root' ? { ...workOrder, [key]: 1 } : { ...workOrder, location: { ...(workOrder['location'] as object), [key]: 1 } };
    const found = validateWorkOrder(input).issues;
    expect(found.map((i) => [i.code, i.path])).toEqual([['unknown_field', at === 'root' ? [key] : ['location', key]]]);
    return found[0]!.message;
  };
  const guessed = (key: string, guess: string) => `"${key}" is not a Work Order field and was left out of the result: did you mean "${guess}"?`;
  const none = (key: string) => `"${key}" is not a Work Order field and was left out of the result: remove it, or move its data to a field the payload has.`;

  test('a near miss names the field: a letter left out, added, changed, or in another case', () => {
    expect(hint('titl')).toBe(guessed('titl', 'title'));
    expect(hint('ttitle')).toBe(guessed('ttitle', 'title'));
    expect(hint('tilte')).toBe(guessed('tilte', 'title'));
    expect(hint('TITLE')).toBe(guessed('TITLE', 'title'));
    expect(hint('contcts')).toBe(guessed('contcts', 'contacts'));
    expect(hint('postalcode', 'location')).toBe(guessed('location.postalcode', 'postal_code'));
  });

  test('a short key may be two edits away; a longer one a third of its length', () => {
    expect(hint('xitlz')).toBe(guessed('xitlz', 'title'));
    expect(hint('xxtlz')).toBe(none('xxtlz'));
    expect(hint('dxxxription')).toBe(guessed('dxxxription', 'description'));
    expect(hint('dxxxxiption')).toBe(none('dxxxxiption'));
  });

  test('between two fields as near, the first of the schema is named', () => {
    expect(hint('street_3', 'location')).toBe(guessed('location.street_3', 'street_1'));
  });

  test('a key of 64 characters is echoed whole, a longer one is cut', () => {
    expect(hint('k'.repeat(64))).toBe(none('k'.repeat(64)));
    expect(hint('k'.repeat(65))).toBe(none(`${'k'.repeat(64)}…`));
  });

  test('a Job Offer key the table does not know gets the hint too (docs/mapping.md)', () => {
    expect(migrateJobOffer({ ...jobOffer, jb: 1 }).issues[0]).toEqual({
      code: 'dropped_field',
      severity: 'warning',
      path: ['jb'],
      message: '"jb" is not a Job Offer field and was dropped (the attribute table has no Work Order field for it): did you mean "job"?',
    });
  });
});

describe('a payload given to the other function: its top-level fields say which function it needs', () => {
  const TO_MIGRATE = "it is a Job Offer field; if this is a Job Offer, migrate it to a Work Order first (migrateJobOffer, or the CLI's migrate command).";
  const TO_VALIDATE = "it is a Work Order field; if this is a Work Order already, check it with validateWorkOrder (or the CLI's validate command) instead of migrating it.";

  test('a Job Offer given to validateWorkOrder: each of its top-level keys says to migrate it first', () => {
    const unknown = validateWorkOrder(jobOffer).issues.filter((i) => i.code === 'unknown_field');
    expect(unknown.map((i) => [i.path, i.message])).toEqual(
      ['offer_strategy', 'duration', 'job', 'appointment', 'customer', 'entities'].map((key) => [[key], `"${key}" is not a Work Order field and was left out of the result: ${TO_MIGRATE}`]),
    );
  });

  test('a Work Order given to migrateJobOffer: each of its top-level keys says to validate it instead', () => {
    const dropped = migrateJobOffer(workOrder).issues.filter((i) => i.code === 'dropped_field');
    expect(dropped.map((i) => i.path[0])).toEqual(['workflow', 'orchestration', 'title', 'description', 'service_type', 'external_ids', 'location', 'appointment_windows', 'service_providers', 'contacts']);
    expect(dropped[2]).toEqual({
      code: 'dropped_field',
      severity: 'warning',
      path: ['title'],
      message: `"title" is not a Job Offer field and was dropped (the attribute table has no Work Order field for it): ${TO_VALIDATE}`,
    });
    expect(dropped.every((i) => i.message.endsWith(TO_VALIDATE))).toBe(true);
  });

  test('only at the top: the same key deeper is an ordinary unknown key', () => {
    const location = { ...(workOrder['location'] as object), job: 1 };
    expect(validateWorkOrder({ ...workOrder, location }).issues).toEqual([
      { code: 'unknown_field', severity: 'warning', path: ['location', 'job'], message: '"location.job" is not a Work Order field and was left out of the result: remove it, or move its data to a field the payload has.' },
    ]);
    const job = { ...(jobOffer['job'] as object), contacts: [] };
    expect(migrateJobOffer({ ...jobOffer, job }).issues.find((i) => i.path[1] === 'contacts')?.message).toBe(
      '"job.contacts" is not a Job Offer field and was dropped (the attribute table has no Work Order field for it): remove it, or move its data to a field the payload has.',
    );
  });

  test('a typo of a field of its own payload still gets "did you mean"', () => {
    expect(validateWorkOrder({ ...workOrder, titel: 'x' }).issues[0]?.message).toBe('"titel" is not a Work Order field and was left out of the result: did you mean "title"?');
  });
});

test('an empty key is named visibly: "" at the top, [""] below it', () => {
  expect(validateWorkOrder({ ...workOrder, '': 1 }).issues[0]?.message).toBe('"" is not a Work Order field and was left out of the result: remove it, or move its data to a field the payload has.');
  const location = { ...(workOrder['location'] as object), '': 2 };
  expect(validateWorkOrder({ ...workOrder, location }).issues[0]).toEqual({
    code: 'unknown_field',
    severity: 'warning',
    path: ['location', ''],
    message: '"location[""]" is not a Work Order field and was left out of the result: remove it, or move its data to a field the payload has.',
  });
});
