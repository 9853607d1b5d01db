import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { runCommand } from '../../src/cli/commands/run-command';
import { isCliError } from '../../src/cli/errors';
import { GUIDE_OFFER_PATH, guideOffer, line, migrated, titleMissingOffer } from './support/records';
import { lines } from './support/run-cli';
import { collector, runMain } from './support/run-main';

// The CLI run in this process with main() and in-memory streams (--jobs 1 unless a test says
// otherwise): the paths the child-process tests take, seen by coverage, plus the failures a child
// process cannot easily be made to meet (a failing stdin or stdout).

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-main-'));
const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
const guide = migrated(guideOffer);
const guideWorkOrder = JSON.stringify(guide.workOrder);
const guideLine = JSON.stringify(guideOffer);
const failed = migrated(titleMissingOffer);

describe('main: help, version and usage', () => {
  it('prints the version and help on stdout with exit 0', async () => {
    expect(await runMain(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
    const help = await runMain(['migrate', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('--infer-timezone');
    expect(help.stdout).toContain('--local-times <mode>');
    expect(help.stdout).toContain('--now <instant>');
    expect((await runMain(['help', 'validate'])).stdout).toContain('Usage: dispatch-workorder validate [options] [file]');
  });

  it('exits 2 with the help on stderr without a command, and with one message for a usage error', async () => {
    const none = await runMain([]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('Usage: dispatch-workorder [options] [command]');
    const bad = await runMain(['migrate', '--jobs', '65']);
    expect(bad).toEqual({ code: 2, stdout: '', stderr: "error: option '-j, --jobs <n>' argument '65' is invalid. expected a whole number from 1 to 64.\n(run with --help for usage)\n" });
  });
});

describe('main: --ignore and --max-record-size', () => {
  it('hides ignored lines, counts them in the summary, and takes sizes in bytes, KiB or MiB', async () => {
    const run = await runMain(['migrate', '-j', '1', '--ignore', 'dropped_field', '--max-record-size', '64KiB'], { stdin: `${guideLine}\n${'x'.repeat(65 * 1024)}\n` });
    expect(run.code).toBe(1);
    expect(lines(run.stderr)).toEqual([
      'record 2: error (root) too_large: the record is 66560 bytes long; the CLI reads at most 65536 bytes of one record (--max-record-size), so it was not read: split the payload or shorten its values.',
      'migrated 1 of 2, 1 failed, 1 warning',
      'errors: 1',
      '  too_large      1  (root)',
      'warnings: 1',
      '  dropped_field  1  /duration',
    ]);
    for (const size of ['2048', '2048B', '2KiB', '1mib']) expect((await runMain(['migrate', '-j', '1', '-q', '--max-record-size', size], { stdin: guideLine })).code).toBe(0);
  });

  it.each([
    [['--ignore', 'nope'], "error: option '--ignore <codes>' argument 'nope' is invalid. unknown code \"nope\"; the codes are"],
    [['--ignore', ' , '], "error: option '--ignore <codes>' argument ' , ' is invalid. expected one or more codes separated by commas"],
    [['--max-record-size', '1023'], "error: option '--max-record-size <size>' argument '1023' is invalid. expected a size from 1KiB to 16MiB"],
    [['--max-record-size', '4 GB'], "error: option '--max-record-size <size>' argument '4 GB' is invalid. expected a size from 1KiB to 16MiB"],
    [['--report', '-'], 'dispatch-workorder: --report needs a file'],
    [['--out', 'same.json', '--report', 'same.json'], 'dispatch-workorder: --out and --report name the same file ("same.json", "same.json")'],
  ])('usage error %j: exit 2 with one message', async (args, message) => {
    const run = await runMain(['migrate', ...args], { stdin: guideLine });
    expect(run.code).toBe(2);
    expect(run.stderr.startsWith(message)).toBe(true);
  });

  it('escapes control characters that commander echoes in a usage error', async () => {
    const run = await runMain(['migrate', '--\u001b[2J']);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toBe("error: unknown option '--\\u001b[2J'");
  });
});

describe('main: runs', () => {
  it('migrates a document file: indented Work Order, a warning line, the summary', async () => {
    const run = await runMain(['migrate', GUIDE_OFFER_PATH, '--jobs', '1']);
    expect(run).toEqual({
      code: 0,
      stdout: `${JSON.stringify(guide.workOrder, null, 2)}\n`,
      stderr: `${line(1, '/duration', guide.issues[0])}\nmigrated 1 of 1, 0 failed, 1 warning\nwarnings: 1\n  dropped_field  1  /duration\n`,
    });
  });

  it('migrates an array to --out with a --report (exit 1), nothing on stdout', async () => {
    const out = join(dir, 'array-out.json');
    const report = join(dir, 'array-report.json');
    const run = await runMain(['migrate', '--out', out, '--report', report, '-j', '1', '-q'], { stdin: JSON.stringify([guideOffer, titleMissingOffer]) });
    expect(run).toEqual({ code: 1, stdout: '', stderr: `${line(2, '/job/title', failed.issues[0])}\n` });
    expect(readFileSync(out, 'utf8')).toBe(`[\n${guideWorkOrder}\n]\n`);
    expect(JSON.parse(readFileSync(report, 'utf8'))).toEqual({
      version: 1,
      command: 'migrate',
      input: '-',
      shape: 'array',
      failed: [{ record: 2, external_id: 'AAA123', issues: failed.issues.map((i) => ({ ...i, pointer: '/job/title' })) }],
      notes: [],
      totals: { read: 2, migrated: 1, failed: 1, warnings: 1, notes: 0 },
      codes: { dropped_field: 1, required: 1 },
    });
  });

  it('writes "-" as --out to stdout, and leaves --out alone when a single document fails', async () => {
    const offered = await runMain(['migrate', '-o', '-', '-q', '-j', '1', '--status', 'offered'], { stdin: guideLine });
    expect(offered.stdout).toBe(`${JSON.stringify(migrated(guideOffer, { status: 'offered' }).workOrder)}\n`);
    expect(offered.stdout).toContain('"status":"offered"');
    const out = join(dir, 'failed-document.json');
    writeFileSync(out, 'old');
    const run = await runMain(['migrate', '-o', out, '-q', '-j', '1'], { stdin: JSON.stringify(titleMissingOffer, null, 2) });
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('old');
  });

  it('validates NDJSON: nothing on stdout, an empty report list when all are valid', async () => {
    const report = join(dir, 'validate-report.json');
    const run = await runMain(['validate', '-', '-r', report, '-j', '1'], { stdin: `${guideWorkOrder}\n\n${guideWorkOrder}\n` });
    expect(run).toEqual({ code: 0, stdout: '', stderr: 'valid 2 of 2, 0 invalid, 0 warnings\n' });
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ shape: 'ndjson', failed: [], notes: [], totals: { read: 2, valid: 2, failed: 0, warnings: 0, notes: 0 }, codes: {} });
  });
});

describe('main: --now now', () => {
  it('reads the clock once: the windows of 2017 are over', async () => {
    const run = await runMain(['migrate', '--now', 'now', '-j', '1'], { stdin: guideLine });
    expect(run.code).toBe(0);
    expect(lines(run.stderr).slice(0, 3).map((l) => l.split(':')[1]?.trim())).toEqual([
      'warning /duration dropped_field',
      'warning /appointment/window_end_time/0 window_in_past',
      'warning /appointment/window_end_time/1 window_in_past',
    ]);
    expect(lines(run.stderr).slice(3)).toEqual([
      'migrated 1 of 1, 0 failed, 3 warnings',
      'warnings: 3',
      '  window_in_past  2  /appointment/window_end_time/0 (1), /appointment/window_end_time/1 (1)',
      '  dropped_field   1  /duration',
    ]);
  });
});

describe('main: runs that end with exit 2 and one message', () => {
  it('a missing file or a directory', async () => {
    const missing = join(dir, 'missing.ndjson');
    expect(await runMain(['migrate', missing])).toEqual({ code: 2, stdout: '', stderr: `dispatch-workorder: cannot read "${missing}": no such file\n` });
    expect(await runMain(['validate', dir])).toEqual({ code: 2, stdout: '', stderr: `dispatch-workorder: cannot read "${dir}": it is a directory\n` });
  });

  it('a document that is not JSON, leaving --out and --report as they were', async () => {
    const out = join(dir, 'kept.json');
    writeFileSync(out, 'old');
    const report = join(dir, 'never.json');
    const run = await runMain(['migrate', '-o', out, '-r', report, '-j', '1'], { stdin: '{\n "job": ' });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dispatch-workorder: the input is not valid JSON, NDJSON or a JSON array: .+\n$/);
    expect(readFileSync(out, 'utf8')).toBe('old');
    expect(existsSync(report)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('an output folder that does not exist', async () => {
    const run = await runMain(['migrate', '-o', join(dir, 'nowhere', 'out.json')], { stdin: guideLine });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dispatch-workorder: cannot write ".+out\.json": ENOENT/);
  });

  it.each([
    ['EACCES', 'permission denied'],
    ['EIO', 'i/o error'],
  ])('stdin failing with %s', async (code, reason) => {
    const stdin = new Readable({ read() {} });
    stdin.push(`${guideLine}\n`);
    setImmediate(() => stdin.destroy(Object.assign(new Error(code === 'EIO' ? 'i/o error' : 'no'), { code })));
    const run = await runMain(['migrate', '-j', '1', '-q'], { stdin });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(`dispatch-workorder: cannot read "-": ${reason}\n`);
  });

  it('stdout closed by its reader (EPIPE)', async () => {
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })) });
    const run = await runMain(['migrate', '-j', '1', '-q'], { stdin: `${guideLine}\n`.repeat(3), stdout });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dispatch-workorder: stdout was closed before the run ended (EPIPE)\n' });
  });

  it('stdout closed while the run waits for it to drain', async () => {
    // A reader that takes nothing, then goes away: the run is waiting for 'drain' and gets 'close'.
    const stdout = new Writable({ highWaterMark: 16, write: () => undefined });
    setTimeout(() => stdout.destroy(), 50);
    const run = await runMain(['migrate', '-j', '1', '-q'], { stdin: `${guideLine}\n`.repeat(100), stdout });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dispatch-workorder: stdout was closed before the run ended (EPIPE)\n' });
  });

  it('any other failure of stdout (disk full), in one line that names stdout', async () => {
    const stdout = new Writable({ write: (_chunk, _encoding, done) => done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' })) });
    const run = await runMain(['migrate', '-j', '1', '-q'], { stdin: guideLine, stdout });
    expect(run).toEqual({ code: 2, stdout: '', stderr: 'dispatch-workorder: cannot write stdout: ENOSPC: no space left on device, write\n' });
  });

  it.each([
    ['a thrown string', 'disk gone', 'disk gone'],
    ['an Error without a stack', Object.assign(new Error('no stack'), { stack: undefined }), 'no stack'],
  ])('anything thrown while writing stdout, in one line that names stdout: %s', async (_name, thrown, shown) => {
    const stdout = new Writable({ write: () => undefined });
    stdout.write = () => {
      throw thrown;
    };
    const run = await runMain(['migrate', '-j', '1', '-q'], { stdin: guideLine, stdout });
    expect(run).toEqual({ code: 2, stdout: '', stderr: `dispatch-workorder: cannot write stdout: ${shown}\n` });
  });

  it('a worker thread that fails midway, on an input large enough for worker threads', async () => {
    const run = await runMain(['migrate', '-j', '2', '-q'], {
      stdin: `${guideLine}\n`.repeat(2100),
      workerUrl: new URL('./support/workers/reply-error.mjs', import.meta.url),
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dispatch-workorder: unexpected error: Error: batch \d+ failed\n$/);
  }, 30_000);

  it('library options the library refuses (runCommand on its own): a CliError without the library prefix', async () => {
    const env = { stdin: Readable.from([]), stdout: collector(), stderr: collector(), workerUrl: new URL('file:///nowhere.js') };
    const options = { command: 'migrate', file: undefined, out: undefined, report: undefined, quiet: true, ignore: [], maxRecordBytes: 1 << 20, jobs: 1, inferTimezone: false } as const;
    const error: unknown = await runCommand({ ...options, libraryOptions: { now: 'soon' } }, env).catch((caught: unknown) => caught);
    expect(isCliError(error) && error.message).toBe(
      'option "now" must be a valid Date, a number of milliseconds, or an ISO 8601 string with an offset (e.g. "2017-01-01T00:00:00Z"), got "soon".',
    );
  });
});

describe('main: progress on a terminal', () => {
  it('prints issue lines above the bar once the run has lasted a second, then clears it', async () => {
    const stdin = new PassThrough();
    const running = runMain(['migrate', '-j', '1'], { stdin, stderrIsTTY: true });
    stdin.write(`${guideLine}\n`);
    await sleep(1300);
    stdin.end(`${JSON.stringify(titleMissingOffer)}\n`);
    const run = await running;
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${guideWorkOrder}\n`);
    // The bar (records and rate: stdin has no size) was drawn; the issue lines and summary are all
    // there, the last issue line too (cli-progress drops buffered lines on stop unless redrawn).
    expect(run.stderr).toMatch(/\d+ records \| \d+ records\/s/);
    const text = run.stderr.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '\n');
    expect(lines(text).filter((l) => /^(record |migrated |errors: |warnings: | {2}\w)/.test(l))).toEqual([
      line(1, '/duration', guide.issues[0]),
      line(2, '/job/title', failed.issues[0]),
      'migrated 1 of 2, 1 failed, 1 warning',
      'errors: 1',
      '  required       1  /job/title',
      'warnings: 1',
      '  dropped_field  1  /duration',
    ]);
  });
});
