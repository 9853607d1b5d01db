import { chmodSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_MAX_RECORD_BYTES } from '../../src/cli/input/record-limit';
import { guideOffer, line, migrated, titleMissingOffer } from './support/records';
import { collect, lines, runCli, spawnCli } from './support/run-cli';

// Findings of an outside attack review (issue 14), each through the built CLI as a child process.

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-hardening-'));
const guide = migrated(guideOffer);
const guideLine = JSON.stringify(guideOffer);
const guideWorkOrder = JSON.stringify(guide.workOrder);
const maxRss = new URL('./support/max-rss.mjs', import.meta.url).href;
/** The peak RSS, in MB, that the max-rss preload printed as the child's last stderr line. */
const peakRssMb = (stderr: string): number => Number(/max-rss-kb: (\d+)\n$/.exec(stderr)?.[1]) / 1024;

describe('a deeply nested record in an array large enough for worker threads', () => {
  it('fails alone (exit 1); the output is complete, valid JSON', async () => {
    // 2,100 records (worker threads start after 2,048), one of them an array nested 5,000 levels:
    // copying it to a thread overflowed the stack and ended the run (exit 2, stdout cut short).
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const records = Array.from({ length: 2100 }, (_, i) => (i === 1500 ? deep : guideLine));
    const run = await runCli(['migrate', '--jobs', '2'], { stdin: `[${records.join(',\n')}]` });
    expect(run.code).toBe(1);
    const written = JSON.parse(run.stdout) as unknown[];
    expect(written).toHaveLength(2099);
    expect(written.every((workOrder) => JSON.stringify(workOrder) === guideWorkOrder)).toBe(true);
    const errors = lines(run.stderr).filter((l) => l.startsWith('record ') && l.includes(' error '));
    expect(errors).toEqual(['record 1501: error (root) invalid_type: The payload must be an object, not an array: change its type.']);
    expect(lines(run.stderr)).toContain('migrated 2099 of 2100, 1 failed, 2099 warnings');
  }, 60_000);
});

describe('hostile records within the record limit', () => {
  it(`take bounded memory: a line of ${DEFAULT_MAX_RECORD_BYTES} bytes of nested arrays peaks under 250 MB (measured 143 MB)`, async () => {
    // The worst case measured (docs/cli.md, Hostile input): JSON.parse builds half a million arrays.
    const levels = DEFAULT_MAX_RECORD_BYTES / 2;
    const path = join(dir, 'nested.ndjson');
    writeFileSync(path, `${guideLine}\n${'['.repeat(levels)}${']'.repeat(levels)}\n${guideLine}\n`);
    const run = await runCli(['migrate', path, '--jobs', '1'], { nodeArgs: ['--import', maxRss] });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${guideWorkOrder}\n${guideWorkOrder}\n`);
    expect(lines(run.stderr)[1]).toBe('record 2: error (root) invalid_type: The payload must be an object, not an array: change its type.');
    expect(peakRssMb(run.stderr)).toBeGreaterThan(30);
    expect(peakRssMb(run.stderr)).toBeLessThan(250);
  }, 60_000);

  it('a line over the limit is not read (too_large); --max-record-size raises the limit', async () => {
    const path = join(dir, 'long.ndjson');
    const long = JSON.stringify({ ...guideOffer, job: { ...(guideOffer['job'] as object), description: 'n'.repeat(DEFAULT_MAX_RECORD_BYTES) } });
    writeFileSync(path, `${long}\n`);
    const bytes = Buffer.byteLength(long);
    const byDefault = await runCli(['migrate', path, '-q']);
    expect(byDefault).toMatchObject({
      code: 1,
      stdout: '',
      stderr: `record 1: error (root) too_large: the record is ${bytes} bytes long; the CLI reads at most ${DEFAULT_MAX_RECORD_BYTES} bytes of one record (--max-record-size), so it was not read: split the payload or shorten its values.\n`,
    });
    const raised = await runCli(['migrate', path, '-q', '--max-record-size', '2MiB']);
    // Read now, and failed by the library's own limits instead.
    expect(raised.code).toBe(1);
    expect(raised.stderr).toMatch(/^record 1: error \/job\/description too_large: /);
  });

  it.each([
    ['0', 'expected a size from 1KiB to 16MiB'],
    ['17MiB', 'expected a size from 1KiB to 16MiB'],
    ['1 GB', 'expected a size from 1KiB to 16MiB'],
  ])('--max-record-size %s is a usage error', async (size, message) => {
    const run = await runCli(['migrate', '--max-record-size', size]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(message);
  });
});

describe('stderr closed early (2>&1 >/dev/null | head -1)', () => {
  it('stops the run with exit 2, no crash, and leaves --report as it was', async () => {
    const report = join(dir, 'closed-stderr-report.json');
    const child = spawnCli(['migrate', '--jobs', '1', '--report', report]);
    const done = collect(child);
    child.stderr?.once('data', () => child.stderr?.destroy());
    child.stdout?.resume();
    child.stdin?.end(`${guideLine}\n`.repeat(5000));
    const run = await done;
    expect(run.code).toBe(2);
    expect(existsSync(report)).toBe(false);
    expect(readdirSync(dir).filter((name) => name.startsWith('.closed-stderr-report'))).toEqual([]);
  }, 60_000);
});

describe('a full disk (stdout is /dev/full)', () => {
  it.runIf(existsSync('/dev/full'))('ends with exit 2 and one line, no stack trace', async () => {
    const child = spawn(process.execPath, [inject('cliPath'), 'migrate', '-q'], { stdio: ['pipe', openSync('/dev/full', 'w'), 'pipe'] });
    const done = collect(child);
    child.stdin?.end(`${guideLine}\n`.repeat(3));
    const run = await done;
    expect(run).toMatchObject({ code: 2, stderr: 'dispatch-workorder: cannot write stdout: ENOSPC: no space left on device, write\n' });
  });
});

describe('anything that escapes the run', () => {
  it('ends it with exit 2 and one line, never a stack trace', async () => {
    // An exception thrown outside the run, as a bug would, once the CLI has started (its handlers
    // are registered): the process's last safety net.
    const thrower =
      'data:text/javascript,const timer = setInterval(() => { if (process.listenerCount("uncaughtException") > 0) { clearInterval(timer); throw new Error("escaped\\nsecond line"); } }, 5)';
    const child = spawnCli(['migrate', '-q'], { nodeArgs: ['--import', thrower] });
    const done = collect(child); // stdin is left open: the run is waiting for input
    const run = await done;
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: 'dispatch-workorder: unexpected error: escaped\\nsecond line\n' });
  });
});

describe('control characters in keys and values', () => {
  it('are escaped in every stderr line: no ESC, BEL or lone CR reaches the terminal', async () => {
    const hostile = { ...guideOffer, 'x\u001b]0;owned\u0007\r': 1, job: { ...(guideOffer['job'] as object), title: 42, 'y\u009b2J': 2 } };
    const run = await runCli(['migrate'], { stdin: JSON.stringify(hostile) });
    expect(run.code).toBe(1);
    expect(run.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
    expect(lines(run.stderr)).toContain(
      'record 1: warning /x\\u001b]0;owned\\u0007\\r dropped_field: "x\\u001b]0;owned\\u0007\\r" is not a Job Offer field and was dropped (the attribute table has no Work Order field for it): remove it, or move its data to a field the payload has.',
    );
    expect(lines(run.stderr)).toContain('  dropped_field  3  /duration (1), /job/y\\u009b2J (1), /x\\u001b]0;owned\\u0007\\r (1)');
  });

  it('are escaped in messages about files too', async () => {
    const missing = join(dir, 'no\u001b[2Jsuch.json');
    const run = await runCli(['migrate', missing]);
    expect(run).toMatchObject({ code: 2, stderr: `dispatch-workorder: cannot read "${missing.replace('\u001b', '\\u001b')}": no such file\n` });
  });
});

describe('--out and --report files', () => {
  const input = `${guideLine}\n${JSON.stringify(titleMissingOffer)}\n`;

  it('keep the mode of the files they replace (0600 stays 0600)', async () => {
    const out = join(dir, 'private-out.ndjson');
    const report = join(dir, 'private-report.json');
    for (const path of [out, report]) {
      writeFileSync(path, 'old');
      chmodSync(path, 0o600);
    }
    const run = await runCli(['migrate', '--out', out, '--report', report, '-q'], { stdin: input });
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(`${guideWorkOrder}\n`);
    expect([statSync(out).mode & 0o777, statSync(report).mode & 0o777]).toEqual([0o600, 0o600]);
  });

  it('are created without write access for group and others', async () => {
    const out = join(dir, 'new-out.ndjson');
    const run = await runCli(['migrate', '--out', out, '-q'], { stdin: input });
    expect(run.code).toBe(1);
    expect(statSync(out).mode & 0o022).toBe(0);
  });

  it.each([
    ['--report -', ['--report', '-'], 'dispatch-workorder: --report needs a file: the report is written to a file, never to stdout ("-")\n'],
    ['--out and --report the same file', ['--out', join(dir, 'same.json'), '--report', join(dir, 'same.json')], `dispatch-workorder: --out and --report name the same file ("${join(dir, 'same.json')}", "${join(dir, 'same.json')}"): give each its own\n`],
    ['--out a directory', ['--out', dir], `dispatch-workorder: cannot write "${dir}": it is a directory\n`],
    ['--report a directory', ['--report', dir], `dispatch-workorder: cannot write "${dir}": it is a directory\n`],
    ['--out in a folder that does not exist', ['--out', join(dir, 'missing', 'out.json')], `dispatch-workorder: cannot write "${join(dir, 'missing', 'out.json')}": ENOENT: no such file or directory, open '${join(dir, 'missing')}/.out.json.`],
  ])('%s: exit 2 at once, before any input is read', async (_name, args, message) => {
    // stdin is left open: a check made after reading the input would wait for ever.
    const child = spawnCli(['migrate', ...args]);
    const run = await collect(child);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.startsWith(message)).toBe(true);
    expect(existsSync(join(dir, '-'))).toBe(false);
    expect(existsSync(join(dir, 'same.json'))).toBe(false);
  });
});

describe('the default number of worker threads', () => {
  it('is one per core but one, at most 4: on 2 cores, the main thread only', async () => {
    const { availableParallelism } = await import('node:os');
    const run = await runCli(['migrate', '--help']);
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toContain(`-j, --jobs <n> worker threads for large inputs (1: main thread only) (default: cores - 1, at most 4: ${Math.max(1, Math.min(availableParallelism() - 1, 4))} here)`);
  });
});

describe('the summary line of a failed record', () => {
  it('is unchanged by the hardening', async () => {
    const run = await runCli(['migrate'], { stdin: JSON.stringify(titleMissingOffer) });
    expect(lines(run.stderr)[0]).toBe(line(1, '/job/title', migrated(titleMissingOffer).issues[0]));
  });
});
