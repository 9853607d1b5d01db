import { describe, expect, it } from 'vitest';
import { jobOfferStream, PHONE_FORMS } from '../../bench/corpus.mjs';

type Offer = { customer: { phone_numbers: { number: string }[] }; entities: { data: { phone_number?: string } }[] };
const phonesOf = (offer: Offer): string[] => [
  ...offer.customer.phone_numbers.map((p) => p.number),
  ...offer.entities.flatMap((e) => (e.data.phone_number === undefined ? [] : [e.data.phone_number])),
];
/** The ten digits of a +1 number, whatever its spelling. */
const digitsOf = (phone: string): string => phone.replace(/\D/g, '').replace(/^1(?=\d{10}$)/, '');

// `npm run bench` reports its headline on records whose phones the library has never read: the
// library remembers the answer for each phone spelling, so a corpus that repeats phones measures
// its memo instead of its phone parsing.
describe('bench/corpus.mjs jobOfferStream', () => {
  it('never writes a phone number twice, also when its templates come round again', () => {
    const stream = jobOfferStream(7, 100);
    const phones = (stream.offers(350) as Offer[]).flatMap(phonesOf);
    expect(stream.phones).toBe(phones.length);
    expect(new Set(phones.map(digitsOf)).size).toBe(phones.length);
    expect(phones.every((p) => digitsOf(p).length === 10)).toBe(true);
  });

  it('writes phones in every form of PHONE_FORMS (E.164, national with punctuation, tel:)', () => {
    const phones = (jobOfferStream(7, 100).offers(100) as Offer[]).flatMap(phonesOf);
    const shapes = new Set(phones.map((p) => p.replace(/\d/g, '9')));
    expect([...shapes].sort()).toStrictEqual(PHONE_FORMS.map((form) => form('617', '555', '1234').replace(/\d/g, '9')).sort());
  });

  it('gives the same records for the same seed, with only the phones new once the templates come round', () => {
    const a = jobOfferStream(7, 50).texts(100);
    expect(jobOfferStream(7, 50).texts(100)).toStrictEqual(a);
    const withoutPhones = (text: string): string => text.replace(/"(number|phone_number)":"[^"]*"/g, '"$1":""');
    expect(a.slice(50).map(withoutPhones)).toStrictEqual(a.slice(0, 50).map(withoutPhones));
    expect(a.slice(50)).not.toStrictEqual(a.slice(0, 50));
  });
});
