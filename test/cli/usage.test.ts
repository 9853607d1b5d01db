import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_OFFER_PATH } from './support/records';
import { runCli } from './support/run-cli';

// Help, version, and the runs that end with exit 2 and one clear message.

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

describe('help and version', () => {
  it('--version prints the package version and exits 0', async () => {
    const run = await runCli(['--version']);
    expect(run).toMatchObject({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands, the exit codes and examples, and exits 0', async () => {
    const run = await runCli(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Usage: dispatch-workorder [options] [command]');
    expect(run.stdout).toMatch(/^ {2}migrate \[options\] \[file\]/m);
    expect(run.stdout).toMatch(/^ {2}validate \[options\] \[file\]/m);
    expect(run.stdout).toContain('Exit codes: 0 every record succeeded');
    expect(run.stdout).toContain('$ dispatch-workorder migrate offers.ndjson --out work-orders.ndjson --report report.json');
  });

  it('migrate --help lists every option with its choices', async () => {
    const run = await runCli(['migrate', '--help']);
    expect(run.code).toBe(0);
    for (const option of ['-o, --out <file>', '-r, --report <file>', '--default-country <country>', '--phone-format <format>', '--status <status>', '-j, --jobs <n>', '-q, --quiet']) {
      expect(run.stdout).toContain(option);
    }
    // Commander wraps help at 80 columns: compare with whitespace collapsed.
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('--phone-format <format> how phone numbers are written (choices: "E.164", "RFC3966", default: "E.164")');
    expect(help).toContain('--status <status> starting status to put on every Work Order (choices: "offered", "unscheduled", "scheduled", "paused", "complete", "canceled")');
  });

  it('validate has no --out and no --status', async () => {
    const run = await runCli(['validate', '--help']);
    expect(run.stdout).not.toContain('--out');
    expect(run.stdout).not.toContain('--status');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [['migrate', '--bogus'], "error: unknown option '--bogus'"],
    [['validate', '--out', 'x.json'], "error: unknown option '--out'"],
    [['migrate', '--phone-format', 'E164'], "error: option '--phone-format <format>' argument 'E164' is invalid. Allowed choices are E.164, RFC3966."],
    [['migrate', '--status', 'done'], "error: option '--status <status>' argument 'done' is invalid."],
    [['migrate', '--jobs', '0'], "error: option '-j, --jobs <n>' argument '0' is invalid. expected a whole number from 1 to 64."],
    [['migrate', 'a.json', 'b.json'], 'error: too many arguments for \'migrate\'. Expected 1 argument but got 2.'],
    [['frobnicate'], "error: unknown command 'frobnicate'"],
  ])('%j', async (args, message) => {
    const run = await runCli(args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]).toContain(message);
  });

  it('no command prints the help on stderr', async () => {
    const run = await runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Usage: dispatch-workorder [options] [command]');
  });
});

describe('unreadable or invalid input exits 2', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-usage-'));

  it('a missing file', async () => {
    const missing = join(dir, 'missing.json');
    const run = await runCli(['migrate', missing]);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `dispatch-workorder: cannot read "${missing}": no such file\n` });
  });

  it('a directory', async () => {
    const run = await runCli(['validate', dir]);
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: `dispatch-workorder: cannot read "${dir}": it is a directory\n` });
  });

  it('a multi-line document that is not valid JSON', async () => {
    const run = await runCli(['migrate'], { stdin: '{\n  "job": {,\n}' });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/^dispatch-workorder: the input is not valid JSON, NDJSON or a JSON array: .+\n$/);
  });

  it('an array cut short, after records were written to stdout: where the input ends', async () => {
    const input = `[${readFileSync(GUIDE_OFFER_PATH, 'utf8')}, {"job": `;
    const run = await runCli(['migrate', '--quiet'], { stdin: input });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      `dispatch-workorder: the JSON array is cut short: the input ends after byte ${Buffer.byteLength(input)} (line ${input.split('\n').length}) before the array's closing "]" (expected a value; 1 element read)\n`,
    );
  });

  it('an array that breaks midway in a file: the exact byte, line and column', async () => {
    const path = join(dir, 'broken-array.json');
    // Line 3 is `  {"b": 2} {"c": 3}`: a comma is missing before the second object, at byte 32 (character 30: "été" is 5 bytes).
    const text = '[\n  {"a": "\u00e9t\u00e9"},\n  {"b": 2} {"c": 3}\n]\n';
    writeFileSync(path, text);
    const at = Buffer.from(text).indexOf('{"c"');
    const run = await runCli(['migrate', path, '--quiet']);
    expect(run).toMatchObject({ code: 2, stderr: `dispatch-workorder: the JSON array breaks at byte ${at + 1} (line 3, column 12): expected ','\n` });
    expect(at + 1).toBe(32);
  });

  it('an array that breaks midway on stdin: the block of input it breaks in', async () => {
    const run = await runCli(['migrate', '--quiet'], { stdin: '[1,\n2 3,4]' });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: "dispatch-workorder: the JSON array breaks between bytes 1 and 10 (lines 1 to 2): expected ','\n" });
  });

  it('a document that breaks: the exact byte, line and column', async () => {
    const run = await runCli(['migrate'], { stdin: '{\n "a": 1,\n "b" 2}' });
    expect(run).toMatchObject({ code: 2, stdout: '', stderr: "dispatch-workorder: the input is not valid JSON, NDJSON or a JSON array: expected ':' at byte 17 (line 3, column 6)\n" });
  });
});
