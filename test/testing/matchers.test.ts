import { describe, expect, test } from 'vitest';
import { matchers } from '../../src/testing';
import '../../src/testing/vitest';
import { FIXTURES, readJson } from '../support/fixtures';

expect.extend(matchers);

const jobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;
const workOrder = readJson(`${FIXTURES}pairs/guide-example.work-order.json`) as Record<string, unknown>;

function failureOf(assertion: () => void): string {
  try {
    assertion();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('the assertion passed');
}

describe('toBeValidWorkOrder', () => {
  test('passes for a valid Work Order, and .not fails for it', () => {
    expect(workOrder).toBeValidWorkOrder();
    expect(failureOf(() => expect(workOrder).not.toBeValidWorkOrder())).toBe('expected the value not to be a valid Work Order, but it is');
  });

  test('lists every issue with its path and code', () => {
    const message = failureOf(() => expect({ ...workOrder, title: '', contacts: [], zzz: 1 }).toBeValidWorkOrder());
    expect(message.split('\n')).toEqual([
      'expected a valid Work Order, but found 2 errors:',
      expect.stringMatching(/^ {2}error \/title invalid_value: "title" must not be empty/),
      expect.stringMatching(/^ {2}error \/contacts invalid_value: "contacts" must not be empty: give at least one contact/),
      expect.stringMatching(/^ {2}warning \/zzz unknown_field: "zzz" is not a Work Order field/),
    ]);
  });

  test('takes validation options', () => {
    const canadian = { ...workOrder, contacts: [{ primary: true, contact_methods: [{ method: 'phone', value: '613 555 0199' }] }] };
    expect(canadian).toBeValidWorkOrder({ defaultCountry: 'CA' });
  });
});

describe('toMigrateTo', () => {
  test('passes when the Job Offer migrates to the expected Work Order', () => {
    expect(jobOffer).toMigrateTo(workOrder);
    expect(jobOffer).not.toMigrateTo({ ...workOrder, title: 'Other' });
  });

  test('shows a diff and the migration issues when the Work Order differs', () => {
    const message = failureOf(() => expect(jobOffer).toMigrateTo({ ...workOrder, title: 'Fix the Toilet' }));
    expect(message).toContain('expected the Job Offer to migrate to the expected Work Order');
    expect(message).toMatch(/- +"title": "Fix the Toilet"/);
    expect(message).toMatch(/\+ +"title": "Fix the Sink"/);
    expect(message).toContain('Migration issues:\n  warning /duration dropped_field: "duration" was dropped');
  });

  test('says why when migration fails', () => {
    const message = failureOf(() => expect({ ...jobOffer, offer_strategy: 'nope' }).toMigrateTo(workOrder));
    expect(message.split('\n').slice(0, 2)).toEqual([
      'expected the Job Offer to migrate, but migration failed with 1 error:',
      expect.stringMatching(/^ {2}error \/offer_strategy invalid_value: In "offer_strategy", "nope" is not an orchestration/),
    ]);
  });

  test('takes migration options', () => {
    expect(jobOffer).toMigrateTo({ ...workOrder, status: 'offered' }, { status: 'offered' });
  });
});
