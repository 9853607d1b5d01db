import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { normalizePhone } from '../../src/normalize/phone';
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

  test.each([
    ['+44 20 7946 0958', 'is not a phone number the platform can use'],
    ['call me', 'is not a phone number the platform can use'],
    ['', 'is not a phone number the platform can use'],
    ['555-12', 'wrong number of digits'],
    ['+1 617 253 10000', 'wrong number of digits'],
  ])('rejects %j', (input, reason) => {
    const result = normalizePhone(input, 'US', 'E.164');
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.message).toContain(reason);
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
