import fc from 'fast-check';
import { describe, expect, test, vi } from 'vitest';
import { migrateJobOffer, migrateJobOfferOrThrow, parseWorkOrder, validateWorkOrder, type Issue } from '../../src';
import { anyJson, broken, jobOffer, workOrder } from '../../src/testing/arbitraries';
import { deepFreeze } from '../support/deep-freeze';
import { at, forwardPath, leaves, startsWith } from '../support/leaves';

// The library's promises, checked on generated payloads: realistic Job Offers and Work Orders,
// the same broken in one to three places, and arbitrary JSON with nasty keys.
// Hundreds of runs per property take seconds on a loaded machine: give them room.
vi.setConfig({ testTimeout: 120_000 });

const jobOffers = fc.oneof(jobOffer(), broken(jobOffer()), anyJson());
const workOrders = fc.oneof(workOrder(), broken(workOrder()), anyJson());
const migratedWorkOrders = jobOffer().map((offer) => {
  const result = migrateJobOffer(offer);
  return result.success ? result.workOrder : offer;
});
const calls = [
  ['migrateJobOffer', migrateJobOffer, jobOffers],
  ['validateWorkOrder', validateWorkOrder, fc.oneof(workOrders, migratedWorkOrders)],
] as const;

describe.each(calls)('%s', (_, fn, inputs) => {
  test('1. never throws, for any JSON value and any value at all', () => {
    fc.assert(
      fc.property(fc.oneof(inputs, fc.anything()), (input) => {
        const result = fn(input);
        expect(result.success).toBe(!result.issues.some((i) => i.severity === 'error'));
      }),
    );
  });

  test('2. never mutates its input (deep-frozen inputs work, and nothing changes)', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const before = structuredClone(input);
        const result = fn(deepFreeze(input));
        expect(input).toEqual(before);
        expect(result.success === true || result.issues.length > 0).toBe(true);
      }),
    );
  });

  test('3. is deterministic: the same input gives byte-identical results', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        expect(JSON.stringify(fn(structuredClone(input)))).toBe(JSON.stringify(fn(input)));
      }),
    );
  });

  test('7. pollutes no prototype, and no __proto__ or constructor key reaches the output', () => {
    fc.assert(
      fc.property(inputs, (input) => {
        const result = fn(input);
        expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(OBJECT_PROTOTYPE_KEYS);
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        if (result.success) expect(ownKeysDeep(result.workOrder).filter((k) => k === '__proto__' || k === 'constructor' || k === 'prototype')).toEqual([]);
      }),
    );
  });
});

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort();

function ownKeysDeep(value: unknown): string[] {
  if (typeof value !== 'object' || value === null) return [];
  return Object.keys(value).flatMap((k) => [k, ...ownKeysDeep((value as Record<string, unknown>)[k])]);
}

test('realistic Job Offers migrate (the generator is not vacuous)', () => {
  fc.assert(
    fc.property(jobOffer(), (offer) => {
      const result = migrateJobOffer(offer);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
    }),
  );
});

test('realistic Work Orders validate unchanged (the generator is not vacuous)', () => {
  fc.assert(
    fc.property(workOrder(), (input) => {
      expect(validateWorkOrder(input)).toEqual({ success: true, workOrder: input, issues: [] });
    }),
  );
});

test('4. soundness: a successful migration validates with no error, and the throwing variants agree', () => {
  fc.assert(
    fc.property(jobOffers, (input) => {
      const result = migrateJobOffer(input);
      if (result.success) {
        const validated = validateWorkOrder(result.workOrder);
        expect(validated.issues.filter((i) => i.severity === 'error')).toEqual([]);
        expect(validated.workOrder).toEqual(result.workOrder);
        expect(migrateJobOfferOrThrow(input)).toEqual(result.workOrder);
      } else {
        expect(() => migrateJobOfferOrThrow(input)).toThrow(expect.objectContaining({ name: 'WorkOrderError', issues: result.issues }));
      }
    }),
  );
  fc.assert(
    fc.property(workOrders, (input) => {
      const result = validateWorkOrder(input);
      if (result.success) expect(parseWorkOrder(input)).toEqual(result.workOrder);
      else expect(() => parseWorkOrder(input)).toThrow(expect.objectContaining({ name: 'WorkOrderError', issues: result.issues }));
    }),
  );
});

test('5. conservation: every Job Offer leaf reaches the Work Order or is named by an issue', () => {
  fc.assert(
    fc.property(fc.oneof(jobOffer(), broken(jobOffer())), (input) => {
      const result = migrateJobOffer(input);
      if (!result.success) {
        expect(result.issues.some((i) => i.severity === 'error')).toBe(true);
        return;
      }
      for (const leaf of leaves(input)) {
        if (namedByIssue(leaf.path, result.issues)) continue;
        // A key whose value is null is absent, by decision (docs/mapping.md, "null"): nothing to carry.
        if (leaf.value === null && typeof leaf.path.at(-1) === 'string') continue;
        const target = forwardPath(leaf.path, input);
        if (target === null) continue; // consumed on purpose, or an empty container
        expect(target, `leaf ${JSON.stringify(leaf.path)} has no place and no issue`).toBeDefined();
        expect(at(result.workOrder, target!), `leaf ${JSON.stringify(leaf.path)} → ${JSON.stringify(target)}`).toBeDefined();
      }
    }),
  );
});

function namedByIssue(path: readonly (string | number)[], issues: readonly Issue[]): boolean {
  return issues.some((i) => (i.code === 'dropped_field' || i.severity === 'error') && startsWith(path, i.path));
}

test('6. normalization is idempotent: validating a validated Work Order changes nothing', () => {
  fc.assert(
    fc.property(fc.oneof(workOrders, migratedWorkOrders), (input) => {
      const once = validateWorkOrder(input);
      if (!once.success) return;
      const twice = validateWorkOrder(once.workOrder);
      expect(twice.success).toBe(true);
      expect(twice.workOrder).toEqual(once.workOrder);
      // What normalization reports (left-out keys, cut ZIP+4 codes) cannot recur on canonical data.
      expect(twice.issues.filter((i) => i.code === 'unknown_field' || i.code === 'postal_code_truncated')).toEqual([]);
    }),
  );
});

test('8. provenance: every issue of a migration points into the Job Offer (at a value, or at the object that lacks a required key)', () => {
  fc.assert(
    fc.property(fc.oneof(jobOffer(), broken(jobOffer()), anyJson()), (input) => {
      for (const found of migrateJobOffer(input).issues) {
        if (found.path.length === 0) continue; // the Job Offer itself
        const parent = found.path.slice(0, -1);
        const key = found.path[found.path.length - 1]!;
        const holder = at(input, parent);
        const into = holder !== undefined && typeof holder === 'object' && holder !== null;
        expect(into, `${found.code} at ${JSON.stringify(found.path)}: its parent is not in the Job Offer`).toBe(true);
        const present = Object.prototype.hasOwnProperty.call(holder, key);
        // A missing key is only ever reported as missing (or as a missing container of the table).
        if (!present) expect(['required', 'direct_single_provider', 'no_service_provider', 'primary_contact_count'], `${found.code} at ${JSON.stringify(found.path)}`).toContain(found.code);
      }
    }),
  );
});
