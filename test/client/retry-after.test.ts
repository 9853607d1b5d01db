import { describe, expect, test } from 'vitest';
import { parseRetryAfter } from '../../src/client/retry-after';

const NOW = Date.UTC(2015, 9, 21, 7, 28, 0);

describe('parseRetryAfter', () => {
  test.each([
    ['0', 0],
    ['1', 1000],
    [' 120 ', 120_000],
    ['Wed, 21 Oct 2015 07:28:30 GMT', 30_000],
    ['Wed, 21 Oct 2015 07:27:00 GMT', 0],
  ])('%j waits %i ms', (header, ms) => {
    expect(parseRetryAfter(header, NOW)).toBe(ms);
  });

  test.each([[null], [''], ['-1'], ['1.5'], ['soon'], ['2015-10-21T07:28:30Z']])('%j is not a Retry-After', (header) => {
    expect(parseRetryAfter(header, NOW)).toBeUndefined();
  });
});
