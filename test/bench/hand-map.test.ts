import { describe, expect, it } from 'vitest';
import { jobOfferStream } from '../../bench/corpus.mjs';
import { handMap } from '../../bench/hand-map.mjs';
import { migrateJobOffer, validateWorkOrder, type ValidateOptions } from '../../src';

// bench/hand-map.mjs is the attribute table written by hand, the floor `npm run bench` measures
// migrateJobOffer against. It does no normalization, so its output is checked by validateWorkOrder
// (with the same phone options) before it is compared with the migration's Work Order.

const RECORDS = 300;
// The bench's corpus: its first records are the repeating corpus (given pass after pass); the
// records after them have the same shapes and new phones (the non-repeating corpus).
const stream = jobOfferStream(20170101, RECORDS);
const corpora = { repeating: stream.offers(RECORDS), 'non-repeating': stream.offers(RECORDS) };
const OPTIONS: readonly ValidateOptions[] = [{}, { defaultCountry: 'CA', phoneFormat: 'RFC3966' }];

describe('bench/hand-map.mjs', () => {
  describe.each(Object.entries(corpora))('on the %s corpus', (_, offers) => {
    it.each(OPTIONS)('maps every record as migrateJobOffer does (options %o)', (options) => {
      for (const [i, offer] of offers.entries()) {
        const migrated = migrateJobOffer(offer, options);
        const handMapped = validateWorkOrder(handMap(offer), options);
        expect(migrated.success, `record ${i} migrates`).toBe(true);
        expect(handMapped.success, `record ${i}, mapped by hand, validates`).toBe(true);
        expect(handMapped.workOrder, `record ${i}`).toStrictEqual(migrated.workOrder);
      }
    });
  });

  it('is compared on records where the mapping decides, not only copies: a second primary phone, demoted', () => {
    const demoted = corpora.repeating.filter((offer) => offer.customer.phone_numbers.filter((p: { primary: boolean }) => p.primary).length > 1);
    expect(demoted.length).toBeGreaterThan(0);
    for (const offer of demoted) expect(migrateJobOffer(offer).issues.map((i) => i.code)).toContain('preferred_demoted');
  });
});
