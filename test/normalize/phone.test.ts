import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { normalizePhone, phoneNormalizer } from '../../src/normalize/phone';
// @ts-expect-error: a plain .mjs build script without types
import { restrictMetadata, target } from '../../scripts/build-phone-metadata.mjs';

describe('normalizePhone', () => {
  test.each([
    ['+15551234567', 'US', 'E.164', '+15551234567'],
    ['(617) 253-1000', 'US', 'E.164', '+16172531000'],
    ['617.253.1000', 'US', 'E.164', '+16172531000'],
    ['1 617 253 1000', 'US', 'E.164', '+16172531000'],
    ['tel:+1-617-253-1000', 'US', 'E.164', '+16172531000'],
    ['+1 (613) 555-0199', 'US', 'E.164', '+16135550199'],
    ['613-555-0199', 'CA', 'E.164', '+16135550199'],
    ['(617) 253-1000', 'US', 'RFC3966', 'tel:+16172531000'],
  ] as const)('%s (%s, %s) → %s', (input, country, format, expected) => {
    expect(normalizePhone(input, country, format)).toEqual({ ok: true, value: expected });
  });

  const notUsable = 'is not a phone number the platform can use: write a US or Canadian number, e.g. "+16175551234" or "(617) 555-1234".';
  const wrongDigits = 'has the wrong number of digits for a US or Canadian number: write ten digits after +1, e.g. "+16175551234".';
  test.each([
    ['+44 20 7946 0958', notUsable],
    ['call me', notUsable],
    ['', notUsable],
    ['555-12', wrongDigits],
    ['+1 617 253 10000', wrongDigits],
  ])('rejects %j', (input, reason) => {
    expect(normalizePhone(input, 'US', 'E.164')).toEqual({ ok: false, message: `${JSON.stringify(input)} ${reason}` });
  });

  test('words beside a possible number are not a vanity number', () => {
    expect(normalizePhone('617-253-1000 home', 'US', 'E.164')).toEqual({ ok: true, value: '+16172531000' });
    expect(normalizePhone('Call 617-253-1000', 'US', 'E.164')).toEqual({ ok: true, value: '+16172531000' });
  });

  test.each([
    ['(617) 555-1234 ext. 22', 'tel:+16175551234;ext=22', '22'],
    ['617-253-1000 x123', 'tel:+16172531000;ext=123', '123'],
    ['617-253-1000 #45', 'tel:+16172531000;ext=45', '45'],
    ['tel:+1-617-555-1234;ext=301', 'tel:+16175551234;ext=301', '301'],
    ['+1 617 555 1234 extension 5', 'tel:+16175551234;ext=5', '5'],
  ])('keeps the extension of %j: %s in RFC 3966, and returns it for E.164 (which cannot carry it)', (input, rfc3966, extension) => {
    expect(normalizePhone(input, 'US', 'RFC3966')).toEqual({ ok: true, value: rfc3966, extension });
    expect(normalizePhone(input, 'US', 'E.164')).toEqual({ ok: true, value: rfc3966.slice(4, 16), extension });
  });

  test.each([
    ['000-000-0000', '"000-000-0000" cannot be a US or Canadian number: no area code starts with 0 (the first of its ten digits); check the number.'],
    ['123-456-7890', '"123-456-7890" cannot be a US or Canadian number: no area code starts with 1 (the first of its ten digits); check the number.'],
    ['+11234567890', '"+11234567890" cannot be a US or Canadian number: no area code starts with 1 (the first of its ten digits); check the number.'],
    ['310-4636', '"310-4636" has seven digits: write the area code too, e.g. "(617) 555-1234" or "+16175551234".'],
    ['1-800-FLOWERS', '"1-800-FLOWERS" has letters in it (a vanity number?): write the number in digits, as a keypad gives them, e.g. "+16175551234".'],
    ['1-800-flowers', '"1-800-flowers" has letters in it (a vanity number?): write the number in digits, as a keypad gives them, e.g. "+16175551234".'],
  ])('numbers that cannot exist: %j', (input, message) => {
    for (const country of ['US', 'CA'] as const) expect(normalizePhone(input, country, 'E.164')).toEqual({ ok: false, message });
  });

  test("the guide's 555 numbers still pass (possible, though not assigned)", () => {
    for (const value of ['+15551234567', '+15558889999', '+15559876543']) expect(normalizePhone(value, 'US', 'E.164')).toEqual({ ok: true, value });
  });

  test('is idempotent on its own output', () => {
    for (const format of ['E.164', 'RFC3966'] as const) {
      const once = normalizePhone('(617) 253-1000', 'US', format);
      expect(once.ok && normalizePhone(once.value, 'US', format)).toEqual(once);
    }
  });
});

test('the bundled US/Canada metadata is the installed libphonenumber-js metadata, cut down', () => {
  const require = createRequire(import.meta.url);
  const full = JSON.parse(readFileSync(require.resolve('libphonenumber-js/metadata.min.json'), 'utf8'));
  const bundled = JSON.parse(readFileSync(target, 'utf8'));
  expect(bundled).toEqual(restrictMetadata(full));
  expect(Object.keys(bundled.countries)).toEqual(['US', 'CA']);
  expect(bundled.country_calling_codes).toEqual({ 1: ['US', 'CA'] });
});

describe('what the canonical-form shortcut and the vanity check must not let through', () => {
  const e164 = phoneNormalizer('US', 'E.164');
  const rfc3966 = phoneNormalizer('US', 'RFC3966');

  test('a canonical spelling is recognized only whole: +1 and exactly ten digits, or that after tel: at the start', () => {
    expect(e164('+123')).toEqual({ ok: false, message: '"+123" has the wrong number of digits for a US or Canadian number: write ten digits after +1, e.g. "+16175551234".' });
    expect(e164('+12abcdefghi')).toEqual({ ok: false, message: '"+12abcdefghi" has letters in it (a vanity number?): write the number in digits, as a keypad gives them, e.g. "+16175551234".' });
    expect(rfc3966('xtel:+16175551234')).toStrictEqual({ ok: true, value: 'tel:+16175551234' });
    expect(e164('+16175551234')).toStrictEqual({ ok: true, value: '+16175551234' });
  });

  test('a number without an extension has no extension key at all', () => {
    expect(normalizePhone('+1 (617) 555-1234', 'US', 'E.164')).toStrictEqual({ ok: true, value: '+16175551234' });
    expect(normalizePhone('+1 (617) 555-1234 ext. 9', 'US', 'E.164')).toStrictEqual({ ok: true, value: '+16175551234', extension: '9' });
  });

  test('an extension marker is not a vanity number\'s letters; letters in the digits are, tel: among them', () => {
    expect(normalizePhone('555-1234 ext 22', 'US', 'E.164')).toEqual({
      ok: false,
      message: '"555-1234 ext 22" has seven digits: write the area code too, e.g. "(617) 555-1234" or "+16175551234".',
    });
    expect(normalizePhone('555-1234 ext22', 'US', 'E.164')).toEqual({
      ok: false,
      message: '"555-1234 ext22" has seven digits: write the area code too, e.g. "(617) 555-1234" or "+16175551234".',
    });
    expect(normalizePhone('555tel:1234', 'US', 'E.164')).toEqual({
      ok: false,
      message: '"555tel:1234" has letters in it (a vanity number?): write the number in digits, as a keypad gives them, e.g. "+16175551234".',
    });
  });
});
