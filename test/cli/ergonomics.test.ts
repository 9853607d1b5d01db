import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, inject, it } from 'vitest';
import { KNOWN_CODES } from '../../src/cli/records/known-codes';
import { guideOffer, migrated, titleMissingOffer, withExternalId } from './support/records';
import { lines, runCli } from './support/run-cli';
import { runMain } from './support/run-main';

// A backlog judged in one screen (issue 15): severities on every line, --ignore, the summary per
// code, help with exit codes and examples, a hint when stdin is a terminal.

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-ergonomics-'));
const guideLine = JSON.stringify(guideOffer);

/** 300 legacy records: every one drops /duration; one in 10 has no title; one in 30 has unknown keys. */
const backlog = Array.from({ length: 300 }, (_, i) => {
  if (i % 10 === 9) return JSON.stringify(withExternalId(titleMissingOffer, `T${i}`));
  const offer = withExternalId(guideOffer, `G${i}`);
  return JSON.stringify(i % 30 === 0 ? { ...offer, legacy_flag: true, [`note_${i % 60}`]: 'x' } : offer);
}).join('\n');

describe('a backlog run', () => {
  it('names the severity on every issue line, so errors can be picked out', async () => {
    const run = await runCli(['migrate', '--jobs', '1'], { stdin: backlog });
    expect(run.code).toBe(1);
    const issueLines = lines(run.stderr).filter((l) => l.startsWith('record '));
    expect(issueLines.filter((l) => /^record \d+: error /.test(l))).toHaveLength(30);
    expect(issueLines.filter((l) => /^record \d+: warning /.test(l))).toHaveLength(270 + 10 + 10);
    expect(issueLines.every((l) => /^record \d+: (error|warning) \S+ [a-z_]+: /.test(l))).toBe(true);
  });

  it('ends with a summary per severity and per code, with the commonest paths', async () => {
    const run = await runCli(['migrate', '--jobs', '1'], { stdin: backlog });
    expect(lines(run.stderr).slice(-5)).toEqual([
      'migrated 270 of 300, 30 failed, 290 warnings',
      'errors: 30',
      '  required        30  /job/title',
      'warnings: 290',
      '  dropped_field  290  /duration (270), /legacy_flag (10), /note_0 (5), others (5)',
    ]);
  });
});

describe('--ignore', () => {
  it('hides the lines of those codes; the summary and the report still count them', async () => {
    const report = join(dir, 'ignored.json');
    const run = await runCli(['migrate', '--jobs', '1', '--ignore', 'dropped_field', '--report', report], { stdin: backlog });
    expect(run.code).toBe(1);
    const stderr = lines(run.stderr);
    expect(stderr.filter((l) => l.includes(' dropped_field: '))).toEqual([]);
    expect(stderr.filter((l) => l.startsWith('record '))).toHaveLength(30);
    expect(stderr.slice(-5)).toEqual([
      'migrated 270 of 300, 30 failed, 290 warnings',
      'errors: 30',
      '  required        30  /job/title',
      'warnings: 290',
      '  dropped_field  290  /duration (270), /legacy_flag (10), /note_0 (5), others (5)',
    ]);
    const written = JSON.parse(readFileSync(report, 'utf8')) as { codes: Record<string, number>; totals: { warnings: number } };
    expect(written.codes).toEqual({ dropped_field: 290, required: 30 });
    expect(written.totals.warnings).toBe(290);
  });

  it('takes codes separated by commas, and can be repeated; errors too', async () => {
    const both = await runCli(['migrate', '--jobs', '1', '--ignore', 'dropped_field,required'], { stdin: backlog });
    const repeated = await runCli(['migrate', '--jobs', '1', '--ignore', 'dropped_field', '--ignore', 'required'], { stdin: backlog });
    for (const run of [both, repeated]) {
      expect(run.code).toBe(1);
      expect(lines(run.stderr).filter((l) => l.startsWith('record '))).toEqual([]);
      expect(lines(run.stderr)[0]).toBe('migrated 270 of 300, 30 failed, 290 warnings');
    }
  });

  it('takes the CLI\'s own code and the notes\' codes', async () => {
    const run = await runCli(['migrate', '--ignore', 'invalid_json,timezone_inferred', '--infer-timezone', '-j', '1'], { stdin: `${guideLine}\n{oops\n` });
    expect(run.code).toBe(1);
    expect(lines(run.stderr).filter((l) => l.startsWith('record '))).toEqual([expect.stringMatching(/^record 1: warning \/duration dropped_field: /)]);
    expect(lines(run.stderr)).toContain('  invalid_json       1  (root)');
    expect(lines(run.stderr)).toContain('  timezone_inferred  1  /job/address/timezone');
  });

  it.each([
    [['--ignore', 'dropped_fields'], `error: option '--ignore <codes>' argument 'dropped_fields' is invalid. unknown code "dropped_fields"; the codes are ${KNOWN_CODES.join(', ')}.`],
    [['--ignore', 'required,nope,also_nope'], `error: option '--ignore <codes>' argument 'required,nope,also_nope' is invalid. unknown codes "nope", "also_nope"; the codes are`],
    [['--ignore', ','], "error: option '--ignore <codes>' argument ',' is invalid. expected one or more codes separated by commas, e.g. dropped_field,unknown_field."],
  ])('refuses unknown codes with exit 2 and a message: %j', async (args, message) => {
    const run = await runCli(['migrate', ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')[0]?.startsWith(message)).toBe(true);
  });
});

describe('help of every command', () => {
  it.each(['migrate', 'validate'])('%s --help shows the line format, the exit codes and examples', async (command) => {
    const run = await runCli([command, '--help']);
    expect(run.code).toBe(0);
    const help = run.stdout.replace(/\s+/g, ' ');
    expect(help).toContain('Exit codes: 0 every');
    expect(help).toMatch(/1 at least one (failed|invalid)/);
    expect(help).toContain('2 usage error, unreadable input, invalid JSON (not NDJSON)');
    expect(help).toContain(`Examples: $ dispatch-workorder ${command} `);
    expect(help).toContain(`"record N: <error|warning${command === 'migrate' ? '|note' : ''}> <path> <code>: <message>"`);
    for (const option of ['--ignore <codes>', '--max-record-size <size>']) expect(help).toContain(option);
  });
});

describe('no file, and stdin a terminal', () => {
  const hint = 'dispatch-workorder: reading Job Offers from the terminal: paste JSON or NDJSON and press Ctrl-D (Ctrl-Z, Enter on Windows) to end, or give a file (--help for more)';

  it('says what it is waiting for, then reads what is typed', async () => {
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const running = runMain(['migrate', '-j', '1'], { stdin });
    stdin.end(`${guideLine}\n`);
    const run = await running;
    expect(run.code).toBe(0);
    expect(lines(run.stderr)[0]).toBe(hint);
    expect(lines(run.stderr)[1]).toMatch(/^record 1: warning \/duration dropped_field: /);
  });

  it('says nothing when stdin is a pipe or a file is given', async () => {
    expect(lines((await runMain(['migrate', '-j', '1'], { stdin: guideLine })).stderr)[0]).toMatch(/^record 1: /);
  });

  it.runIf(existsSync('/usr/bin/script'))('says it in a real terminal (a pseudo-terminal from script), and ends at Ctrl-D', async () => {
    // script(1) runs the CLI with a pseudo-terminal as stdin, stdout and stderr.
    const child = spawn('script', ['-qec', `"${process.execPath}" "${inject('cliPath')}" validate -q`, '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let output = '';
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    await new Promise<void>((resolve) => {
      child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
        output += chunk;
        if (output.includes('--help for more')) resolve();
      });
    });
    child.stdin.write('\u0004'); // Ctrl-D: the end of input
    expect(await closed).toBe(0);
    expect(output).toContain('dispatch-workorder: reading Work Orders from the terminal: paste JSON or NDJSON and press Ctrl-D');
  }, 30_000);
});

describe('a record that failed', () => {
  it('is still reported the same way', async () => {
    const run = await runCli(['migrate', '-q'], { stdin: JSON.stringify(titleMissingOffer) });
    expect(run.stderr).toBe(`record 1: error /job/title required: ${migrated(titleMissingOffer).issues[0]?.message}\n`);
  });
});
