import fc from 'fast-check';
import { parsePhoneNumberFromString, type MetadataJson } from 'libphonenumber-js/core';
import { describe, expect, test } from 'vitest';
import metadataJson from '../../src/normalize/phone-metadata.json';
import { normalizePhone, phoneNormalizer, type PhoneCountry, type PhoneFormat } from '../../src/normalize/phone';

// normalizePhone parses numbers with +1 treated as the US alone, a speed shortcut (the schemas also
// remember its answers, phoneNormalizer): this test holds it to the plain reading, one libphonenumber
// call with the US and Canada metadata, plus the two rules of the North American plan the library
// adds (ten national digits, an area code that starts with 2 to 9).
const metadata = metadataJson as unknown as MetadataJson;

function reference(value: string, defaultCountry: PhoneCountry, format: PhoneFormat): { ok: boolean; value?: string } {
  const phone = parsePhoneNumberFromString(value, defaultCountry, metadata);
  if (phone === undefined || !phone.isPossible()) return { ok: false };
  if (phone.nationalNumber.length !== 10 || !/^[2-9]/.test(phone.nationalNumber)) return { ok: false };
  return { ok: true, value: phone.format(format) };
}

function actual(value: string, defaultCountry: PhoneCountry, format: PhoneFormat): { ok: boolean; value?: string } {
  const result = normalizePhone(value, defaultCountry, format);
  return result.ok ? { ok: true, value: result.value } : { ok: false };
}

const countries: PhoneCountry[] = ['US', 'CA'];
const formats: PhoneFormat[] = ['E.164', 'RFC3966'];

const digits = (min: number, max: number) => fc.array(fc.constantFrom(...'0123456789'), { minLength: min, maxLength: max }).map((d) => d.join(''));
// Numbers as people write them: a prefix, 3 to 12 digits, separators between groups, an extension.
const written = fc
  .tuple(
    fc.constantFrom('', '+1', '+1 ', '1 ', '1-', 'tel:+1-', '+', '+44 ', '011 ', '(', '+1 ('),
    fc.array(digits(1, 4), { minLength: 1, maxLength: 4 }),
    fc.constantFrom('', ' ', '-', '.', ') ', '/'),
    fc.constantFrom('', '', ' ext. 12', ' x7', ';ext=5', ' #', 'abc'),
  )
  .map(([prefix, groups, separator, suffix]) => prefix + groups.join(separator) + suffix);

// Digits with separators in any arrangement: 9 to 12 digits, maybe a
// `+`, maybe padded past the length libphonenumber reads.
const separated = fc
  .tuple(
    fc.constantFrom('', '+', '+1', '1', '(', ' ', 'tel:', 'tel:+', 'tel:+1-', 'tel: +1 '),
    fc.array(fc.tuple(fc.constantFrom(...'0123456789', ...'23456789'), fc.constantFrom('', '', '', ' ', '-', '.', '(', ')', ') ', '  ')), { minLength: 9, maxLength: 12 }),
    fc.constantFrom('', ' ', ')', '.', ' '.repeat(250)),
  )
  .map(([prefix, parts, suffix]) => prefix + parts.map(([d, sep]) => d + sep).join('') + suffix);

describe('normalizePhone agrees with one plain libphonenumber call', () => {
  test.each(countries.flatMap((c) => formats.map((f) => [c, f] as const)))('digits and separators (%s, %s)', (country, format) => {
    fc.assert(
      fc.property(separated, (value) => {
        expect(actual(value, country, format)).toEqual(reference(value, country, format));
      }),
      { numRuns: 1000, seed: 11 },
    );
  }, 30_000);

  test.each(countries.flatMap((c) => formats.map((f) => [c, f] as const)))('written numbers (%s, %s)', (country, format) => {
    fc.assert(
      fc.property(written, (value) => {
        expect(actual(value, country, format)).toEqual(reference(value, country, format));
      }),
      { numRuns: 1000, seed: 5 },
    );
  }, 30_000);

  test.each(countries.flatMap((c) => formats.map((f) => [c, f] as const)))('any string (%s, %s)', (country, format) => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'+1234567890 ()-.tel:x#;ext='), maxLength: 24 }), (value) => {
        expect(actual(value, country, format)).toEqual(reference(value, country, format));
      }),
      { numRuns: 1000, seed: 7 },
    );
  }, 30_000);

  test('every three-digit start of 7-, 10- and 11-digit numbers, both countries, both formats', () => {
    let compared = 0;
    for (let prefix = 0; prefix < 1000; prefix++) {
      const p = String(prefix).padStart(3, '0');
      for (const value of [`${p}5550`, `${p}5550199`, `+1${p}5550199`, `1 (${p}) 555.0199`]) {
        for (const country of countries) {
          for (const format of formats) {
            expect(actual(value, country, format), `${value} ${country} ${format}`).toEqual(reference(value, country, format));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(16_000);
  }, 30_000);

  test('a seven-digit number is not a dialable E.164 number in either country (issue 12: no "+13104636")', () => {
    expect(actual('3101234', 'CA', 'E.164')).toEqual({ ok: false });
    expect(actual('3104636', 'US', 'E.164')).toEqual({ ok: false });
  });
});

// The schemas read phones through phoneNormalizer: a number already in the output format (`+1` and
// ten digits, or that after `tel:`) is recognized without libphonenumber, and other spellings are
// parsed once and remembered. Both must answer exactly as the plain libphonenumber call does.
describe('phoneNormalizer (canonical spellings recognized, others remembered) agrees with libphonenumber', () => {
  const canonical = fc.tuple(fc.constantFrom('+1', 'tel:+1'), digits(10, 10)).map(([prefix, d]) => prefix + d);
  const nearMisses = fc
    .tuple(fc.constantFrom('+1', 'tel:+1', '+', '1', 'tel:1', '+11', ' +1', 'TEL:+1', 'tel:+1-'), digits(9, 11), fc.constantFrom('', ' ', ';ext=1', 'x'))
    .map(([prefix, d, suffix]) => prefix + d + suffix);

  test.each(countries.flatMap((c) => formats.map((f) => [c, f] as const)))('canonical spellings and near misses (%s, %s)', (country, format) => {
    const read = phoneNormalizer(country, format);
    fc.assert(
      fc.property(fc.oneof(canonical, nearMisses), (value) => {
        const result = read(value);
        expect(result.ok ? { ok: true, value: result.value } : { ok: false }).toEqual(reference(value, country, format));
        expect(read(value)).toEqual(result); // remembered answers are the same answers
      }),
      { numRuns: 2000, seed: 13 },
    );
  }, 30_000);

  test('every three-digit area code in the canonical spellings, both countries, both formats', () => {
    let compared = 0;
    for (let area = 0; area < 1000; area++) {
      const a = String(area).padStart(3, '0');
      for (const value of [`+1${a}5550199`, `tel:+1${a}5550199`, `+1${a}0000000`]) {
        for (const country of countries) {
          for (const format of formats) {
            const result = phoneNormalizer(country, format)(value);
            expect(result.ok ? { ok: true, value: result.value } : { ok: false }, `${value} ${country} ${format}`).toEqual(reference(value, country, format));
            compared++;
          }
        }
      }
    }
    expect(compared).toBe(12_000);
  }, 30_000);

  test('a long value is answered like any other (it is never remembered: the cache keys are short)', () => {
    const read = phoneNormalizer('US', 'E.164');
    for (const value of [`+1617555${'1'.repeat(100)}`, ' '.repeat(70) + '+16175551234', `+16175551234${' '.repeat(70)}`]) {
      const result = read(value);
      expect(result.ok ? { ok: true, value: result.value } : { ok: false }).toEqual(reference(value, 'US', 'E.164'));
    }
  });
});
