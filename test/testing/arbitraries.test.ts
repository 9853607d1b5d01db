import fc from 'fast-check';
import { expect, test } from 'vitest';
import { migrateJobOffer, validateWorkOrder } from '../../src';
import { arbitraries } from '../../src/testing';

test('jobOffer() is valid by construction and honours its size options', () => {
  fc.assert(
    fc.property(arbitraries.jobOffer({ maxPhones: 5, maxWindows: 4, maxProviders: 2 }), (offer) => {
      const result = migrateJobOffer(offer);
      expect(result.issues.filter((i) => i.severity === 'error')).toEqual([]);
      expect(offer.customer.phone_numbers?.length ?? 0).toBeLessThanOrEqual(5);
      expect(offer.entities?.length).toBeLessThanOrEqual(2);
    }),
    { numRuns: 100 },
  );
});

test('workOrder() validates unchanged', () => {
  fc.assert(fc.property(arbitraries.workOrder(), (order) => {
      expect(validateWorkOrder(order)).toEqual({ success: true, workOrder: order, issues: [] });
    }), { numRuns: 100 });
});

test('broken() and anyJson() produce values that are not valid payloads most of the time', () => {
  const samples = fc.sample(arbitraries.broken(arbitraries.jobOffer()), { numRuns: 200, seed: 7 });
  const failures = samples.filter((s) => !migrateJobOffer(s).success).length;
  expect(failures).toBeGreaterThan(50);
  const json = fc.sample(arbitraries.anyJson(), { numRuns: 200, seed: 7 });
  expect(json.every((v) => JSON.stringify(v) !== undefined)).toBe(true);
  expect(json.some((v) => typeof v === 'object' && v !== null && Object.keys(v).some((k) => k === '__proto__' || k === 'constructor'))).toBe(true);
});

test('the building blocks: phones are possible +1 numbers, emails and addresses validate', () => {
  for (const phone of fc.sample(arbitraries.phoneNumber(), { numRuns: 50, seed: 1 })) expect(phone.replace(/\D/g, '')).toMatch(/^1?[2-9]\d{9}$/);
  for (const email of fc.sample(arbitraries.emailAddress(), { numRuns: 50, seed: 1 })) expect(email).toMatch(/^[^@\s]+@[a-z]+\.[a-z]+$/);
  for (const address of fc.sample(arbitraries.address(), { numRuns: 50, seed: 1 })) {
    expect(validateWorkOrder({ title: 't', location: address, contacts: [{ primary: true }] }).success).toBe(true);
  }
});
