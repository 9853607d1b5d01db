import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { firstInvalidUtf8Byte } from '../../src/cli/input/invalid-utf8';
import { DEFAULT_MAX_RECORD_BYTES } from '../../src/cli/input/record-limit';
import { guideOffer, line, migrated } from './support/records';
import { lines, runCli } from './support/run-cli';

// Hostile input through the real CLI process (docs/cli.md, "Hostile input"): each case gets a clear
// issue or message and the documented exit code, in bounded time and memory. Inputs are generated
// in a temporary folder, never committed.

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-hostile-'));
const guide = migrated(guideOffer);
const guideLine = JSON.stringify(guideOffer);
const guideWorkOrder = JSON.stringify(guide.workOrder);
const dropped = (record: number): string => line(record, '/duration', guide.issues[0]);

/** The `too_large` line of a record that was not read. */
const tooLarge = (record: number, bytes: number): string =>
  `record ${record}: error (root) too_large: the record is ${bytes} bytes long; the CLI reads at most ${DEFAULT_MAX_RECORD_BYTES} bytes of one record (--max-record-size), so it was not read: split the payload or shorten its values.`;

/** Deterministic pseudo-random bytes (a linear congruential generator): the same garbage every run. */
function garbage(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i += 1) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

describe('a 50 MB single-line NDJSON record', () => {
  /** Peak RSS allowed, in MB: the idle CLI is ~84 MB; ~120 MB measured (it keeps at most 1 MiB of a line). */
  const MAX_RSS_MB = 160;

  it('is one too_large record, never read whole: the batch goes on, in bounded time and memory', async () => {
    const path = join(dir, 'big.ndjson');
    // A Job Offer whose description is 50 MiB, written in pieces, then a good record.
    const file = openSync(path, 'w');
    const [before, after] = JSON.stringify({ ...guideOffer, job: { ...(guideOffer['job'] as object), description: '@' } }).split('@') as [string, string];
    writeSync(file, before);
    const piece = 'x'.repeat(2 ** 20);
    for (let i = 0; i < 50; i += 1) writeSync(file, piece);
    writeSync(file, `${after}\n${guideLine}\n`);
    closeSync(file);
    const bytes = before.length + 50 * 2 ** 20 + after.length;

    const run = await runCli(['migrate', path, '--jobs', '1'], {
      nodeArgs: ['--max-old-space-size=64', '--import', new URL('./support/max-rss.mjs', import.meta.url).href],
    });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${guideWorkOrder}\n`);
    const stderr = lines(run.stderr);
    expect(stderr.slice(0, -1)).toEqual([tooLarge(1, bytes), dropped(2), 'migrated 1 of 2, 1 failed, 1 warning', 'errors: 1', '  too_large      1  (root)', 'warnings: 1', '  dropped_field  1  /duration']);
    const maxRss = Number(/^max-rss-kb: (\d+)$/.exec(stderr.at(-1) ?? '')?.[1]) / 1024;
    expect(maxRss).toBeGreaterThan(30);
    expect(maxRss).toBeLessThan(MAX_RSS_MB);
  }, 60_000);
});

describe('binary garbage', () => {
  it('as the whole input: not valid JSON nor UTF-8, exit 2 with one message, --out and --report left alone', async () => {
    // The first line is not JSON, so the input is taken as one document (docs/cli.md, Input).
    const bytes = garbage(1 << 20, 42);
    const path = join(dir, 'garbage.bin');
    writeFileSync(path, bytes);
    const out = join(dir, 'garbage-out.ndjson');
    const report = join(dir, 'garbage-report.json');
    const at = firstInvalidUtf8Byte(bytes);
    expect(at).toBeGreaterThanOrEqual(0);
    const run = await runCli(['migrate', path, '--out', out, '--report', report]);
    expect(run).toMatchObject({
      code: 2,
      stdout: '',
      stderr: `dispatch-workorder: the input is not valid UTF-8: byte ${at + 1} (0x${(bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}) of the input is not part of a valid character\n`,
    });
    expect(existsSync(out)).toBe(false);
    expect(existsSync(report)).toBe(false);
  });

  it('as a line of NDJSON: one invalid_json record, the batch goes on (exit 1)', async () => {
    const bytes = Buffer.from(garbage(4096, 7).map((byte) => (byte === 10 ? 0 : byte)));
    const at = firstInvalidUtf8Byte(bytes);
    const hex = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    const run = await runCli(['migrate'], { stdin: Buffer.concat([Buffer.from(`${guideLine}\n`), bytes, Buffer.from(`\n${guideLine}\n`)]) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${guideWorkOrder}\n${guideWorkOrder}\n`);
    expect(lines(run.stderr)).toEqual([
      dropped(1),
      `record 2: error (root) invalid_json: the line is not valid UTF-8: byte ${at + 1} (0x${hex}) of the line is not part of a valid character.`,
      dropped(3),
      'migrated 2 of 3, 1 failed, 2 warnings',
      'errors: 1',
      '  invalid_json   1  (root)',
      'warnings: 2',
      '  dropped_field  2  /duration',
    ]);
  });
});

describe('a file of only newlines', () => {
  it('is an empty NDJSON stream, however long (20 MB, over the 16 MiB a first line may take): exit 0', async () => {
    const path = join(dir, 'newlines.ndjson');
    writeFileSync(path, '\n'.repeat(20 * 2 ** 20));
    const run = await runCli(['validate', path]);
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: 'valid 0 of 0, 0 invalid, 0 warnings\n' });
  });
});

describe('a truncated last line', () => {
  it('is one invalid_json record; the records before it are written (exit 1)', async () => {
    const report = join(dir, 'truncated-report.json');
    const run = await runCli(['migrate', '-q', '--report', report], { stdin: `${guideLine}\n${guideLine}\n${guideLine.slice(0, 100)}` });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${guideWorkOrder}\n${guideWorkOrder}\n`);
    expect(run.stderr).toMatch(/^record 3: error \(root\) invalid_json: the line is not valid JSON \(.+\)\.\n$/);
    const { failed } = JSON.parse(readFileSync(report, 'utf8')) as { failed: { record: number; issues: { code: string }[] }[] };
    expect(failed.map((f) => [f.record, f.issues.map((i) => i.code)])).toEqual([[3, ['invalid_json']]]);
  });

  it('cut inside a multi-byte character is an invalid_json record that says so', async () => {
    const cut = Buffer.from(`{"job": {"title": "Café`).subarray(0, -1); // é is C3 A9: the A9 is missing
    const run = await runCli(['migrate'], { stdin: Buffer.concat([Buffer.from(`${guideLine}\n`), cut]) });
    expect(run.code).toBe(1);
    expect(lines(run.stderr).slice(1)).toEqual([
      `record 2: error (root) invalid_json: the line is not valid UTF-8: byte ${cut.length} (0xC3) of the line is not part of a valid character.`,
      'migrated 1 of 2, 1 failed, 1 warning',
      'errors: 1',
      '  invalid_json   1  (root)',
      'warnings: 1',
      '  dropped_field  1  /duration',
    ]);
  });
});

describe('invalid UTF-8', () => {
  // Latin-1 "é" (0xE9) inside a string: decoding it with replacement characters would quietly turn
  // the title into "Caf\uFFFD"; the CLI fails the record instead.
  const latin1 = Buffer.from(JSON.stringify({ ...guideOffer, job: { ...(guideOffer['job'] as object), title: 'Café' } }), 'latin1');
  const at = latin1.indexOf(0xe9);

  it('in an NDJSON line: one invalid_json record naming the byte, never a title with U+FFFD (exit 1)', async () => {
    const run = await runCli(['migrate', '--report', join(dir, 'latin1.json')], { stdin: Buffer.concat([latin1, Buffer.from(`\n${guideLine}\n`)]) });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${guideWorkOrder}\n`);
    expect(lines(run.stderr)).toEqual([
      `record 1: error (root) invalid_json: the line is not valid UTF-8: byte ${at + 1} (0xE9) of the line is not part of a valid character.`,
      dropped(2),
      'migrated 1 of 2, 1 failed, 1 warning',
      'errors: 1',
      '  invalid_json   1  (root)',
      'warnings: 1',
      '  dropped_field  1  /duration',
    ]);
  });

  it('in a JSON array: the run stops with exit 2 and one message', async () => {
    const run = await runCli(['migrate', '-q'], { stdin: Buffer.concat([Buffer.from('[\n'), latin1, Buffer.from('\n]\n')]) });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`dispatch-workorder: the input is not valid UTF-8: byte ${at + 3} (0xE9) of the input is not part of a valid character\n`);
  });
});
