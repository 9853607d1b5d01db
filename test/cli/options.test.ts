import { describe, expect, it } from 'vitest';
import { jobOffer } from '../../src/testing/arbitraries';
import fc from 'fast-check';
import { guideOffer, migrated } from './support/records';
import { lines, runCli } from './support/run-cli';

// The library's options, passed through; worker threads change nothing in the output.

describe('library options', () => {
  it('--status, --phone-format and --default-country give what the library gives with the same options', async () => {
    const offer = { ...guideOffer, customer: { ...(guideOffer['customer'] as object), phone_numbers: [{ number: '(416) 555-0199', type: 'mobile', primary: true }] } };
    const run = await runCli(['migrate', '--status', 'offered', '--phone-format', 'RFC3966', '--default-country', 'CA', '-q'], { stdin: JSON.stringify(offer) });
    const expected = migrated(offer, { status: 'offered', phoneFormat: 'RFC3966', defaultCountry: 'CA' }).workOrder;
    expect(run.code).toBe(0);
    expect(expected?.status).toBe('offered');
    expect(JSON.stringify(expected)).toContain('"tel:+14165550199"');
    expect(run.stdout).toBe(`${JSON.stringify(expected)}\n`);
  });
});

describe('--jobs', () => {
  // Enough records to pass the threshold (2048) above which worker threads start.
  const offers = fc.sample(jobOffer(), { numRuns: 300, seed: 7 });
  const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify(offers[i % offers.length])).join('\n');

  it('gives byte-identical stdout and stderr with worker threads and without', async () => {
    const [one, two] = await Promise.all([runCli(['migrate', '--jobs', '1'], { stdin: input }), runCli(['migrate', '--jobs', '2'], { stdin: input })]);
    expect(one.code).toBe(two.code);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stderr).toBe(one.stderr);
    const expected = offers.map((offer) => migrated(offer).workOrder);
    const written = Array.from({ length: 3000 }, (_, i) => expected[i % offers.length]).filter((w) => w !== undefined);
    expect(lines(one.stdout)).toEqual(written.map((w) => JSON.stringify(w)));
  }, 60_000);
});
