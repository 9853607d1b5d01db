import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jobOffer } from '../../src/testing/arbitraries';
import { spawnCli } from './support/run-cli';

// NDJSON is streamed: ~200k records (~190 MB) piped through the CLI with constant memory. The
// child runs with V8's old generation capped at 64 MB, far below the input's size: a CLI that held
// its input (or its results) could not finish. Its peak RSS, from `process.resourceUsage().maxRSS`
// printed by a preloaded script as it exits (nothing in the CLI knows about it), must stay under a
// generous bound too. (Uncapped, V8 lets garbage pile up further before collecting, more so on a
// busy machine: `bench/cli-throughput.mjs` reports that peak on 1M realistic records.)
//
// To keep this test to seconds, one record in 50 is a realistic Job Offer (migrated and written to
// stdout); the others are the same realistic Job Offers cut one byte short: lines that are not
// JSON, each a failed record (`invalid_json`) with one stderr line, at a fraction of a migration's
// cost. Memory depends on the bytes and records flowing through, not on how long each one takes.

const RECORDS = 200_000;
const REAL_EVERY = 50;
/** V8 old-generation cap of the child, in MB. */
const OLD_SPACE_MB = 64;
/** Peak RSS allowed, in MB: generous (~120 MB measured with Node 20; the CLI idle is ~80 MB). */
const MAX_RSS_MB = 192;
/** The input must stay large for the bound to mean something. */
const MIN_INPUT_MB = 150;

describe('streaming NDJSON', () => {
  it(`pipes ${RECORDS} records through a ${OLD_SPACE_MB} MB heap with peak RSS under ${MAX_RSS_MB} MB`, async () => {
    const offers = fc.sample(jobOffer(), { numRuns: 400, seed: 20261127 }).map((offer) => JSON.stringify(offer));
    const truncated = offers.map((line) => line.slice(0, -1));
    const child = spawnCli(['migrate', '--jobs', '1', '--quiet'], {
      nodeArgs: [`--max-old-space-size=${OLD_SPACE_MB}`, '--import', new URL('./support/max-rss.mjs', import.meta.url).href],
    });

    let stdoutLines = 0;
    let stderrLines = 0;
    let stderrTail = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) stdoutLines += 1;
    });
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
      for (let i = chunk.indexOf('\n'); i !== -1; i = chunk.indexOf('\n', i + 1)) stderrLines += 1;
      stderrTail = (stderrTail + chunk).slice(-300);
    });
    const exit = new Promise<number | null>((resolve) => child.on('close', resolve));

    // One block of 1000 lines, written 200 times: the records differ by number, not by content.
    const BLOCK = 1000;
    let block = '';
    for (let i = 0; i < BLOCK; i += 1) block += `${(i % REAL_EVERY === 0 ? offers : truncated)[i % offers.length]}\n`;
    const real = RECORDS / REAL_EVERY;
    const bytes = Buffer.byteLength(block) * (RECORDS / BLOCK);
    const stdin = child.stdin;
    if (stdin === null) throw new Error('no stdin');
    for (let written = 0; written < RECORDS; written += BLOCK) {
      if (!stdin.write(block)) await new Promise((resolve) => stdin.once('drain', resolve));
    }
    stdin.end();
    const code = await exit;

    const tail = stderrTail.trim().split('\n');
    const maxRss = Number(/^max-rss-kb: (\d+)$/.exec(tail.at(-1) ?? '')?.[1]) / 1024;
    // Exit 1 (some records failed): the run finished, it was not stopped by V8 running out of heap.
    expect(code).toBe(1);
    // Every real record is written, one Work Order line each (the sampled offers are valid by
    // construction), and every cut line is one `invalid_json` error line (--quiet: no warnings, no
    // summary), plus the RSS line.
    expect(stdoutLines).toBe(real);
    expect(stderrLines).toBe(RECORDS - real + 1);
    expect(stderrTail).toMatch(new RegExp(`record ${RECORDS}: error \\(root\\) invalid_json: `));
    expect(bytes / 2 ** 20).toBeGreaterThan(MIN_INPUT_MB);
    expect(maxRss).toBeGreaterThan(30);
    expect(maxRss).toBeLessThan(MAX_RSS_MB);
    console.info(`streaming: ${RECORDS} records, ${(bytes / 2 ** 20).toFixed(0)} MB in, peak RSS ${maxRss.toFixed(0)} MB`);
  }, 120_000);
});
