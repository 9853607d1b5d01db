import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { guideOffer, migrated, titleMissingOffer } from './support/records';
import { collect, runCli, spawnCli } from './support/run-cli';

// --out is written atomically: a temporary file in the same folder, renamed when the run ends with
// exit 0 or 1. A run killed midway or ending with exit 2 leaves no partial output file.

const guideWorkOrder = JSON.stringify(migrated(guideOffer).workOrder);
const newDir = (): string => mkdtempSync(join(tmpdir(), 'dwo-cli-out-'));

/** Waits until `dir` holds a file whose name matches `pattern`. */
async function waitForFile(dir: string, pattern: RegExp): Promise<string> {
  for (let i = 0; i < 500; i += 1) {
    const found = readdirSync(dir).find((name) => pattern.test(name));
    if (found !== undefined) return found;
    await sleep(10);
  }
  throw new Error(`no file matching ${pattern} in ${dir}`);
}

describe('--out', () => {
  it('writes the Work Orders to the file, nothing to stdout, and leaves no temporary file', async () => {
    const dir = newDir();
    const out = join(dir, 'work-orders.ndjson');
    const run = await runCli(['migrate', '--out', out, '--quiet'], { stdin: `${JSON.stringify(guideOffer)}\n${JSON.stringify(guideOffer)}\n` });
    expect(run).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(readFileSync(out, 'utf8')).toBe(`${guideWorkOrder}\n${guideWorkOrder}\n`);
    expect(readdirSync(dir)).toEqual(['work-orders.ndjson']);
  });

  it('replaces an existing file when some records fail (exit 1: the good records are written)', async () => {
    const dir = newDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old content');
    const run = await runCli(['migrate', '-o', out, '-q'], { stdin: JSON.stringify([guideOffer, titleMissingOffer]) });
    expect(run.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe(`[\n${guideWorkOrder}\n]\n`);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('leaves an existing file untouched, and no temporary file, when the run ends with exit 2', async () => {
    const dir = newDir();
    const out = join(dir, 'out.json');
    writeFileSync(out, 'old content');
    const run = await runCli(['migrate', '-o', out], { stdin: `[${JSON.stringify(guideOffer)}, {"job": ` });
    expect(run.code).toBe(2);
    expect(readFileSync(out, 'utf8')).toBe('old content');
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it('leaves no file when a single document fails (there is nothing to write)', async () => {
    const dir = newDir();
    const out = join(dir, 'out.json');
    const run = await runCli(['migrate', '-o', out], { stdin: JSON.stringify(titleMissingOffer, null, 2) });
    expect(run.code).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('exits 2 when the folder does not exist', async () => {
    const out = join(newDir(), 'missing', 'out.json');
    const run = await runCli(['migrate', '-o', out], { stdin: JSON.stringify(guideOffer) });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^dispatch-workorder: cannot write ".+out\.json": ENOENT/);
  });

  it.each([
    ['SIGKILL', true],
    ['SIGTERM', false],
  ] as const)('a child killed midway with %s leaves no output file (temporary file left: %s)', async (signal, tempLeft) => {
    const dir = newDir();
    const out = join(dir, 'out.ndjson');
    const child = spawnCli(['migrate', '--out', out, '--quiet', '--jobs', '1']);
    const done = collect(child);
    // Half a batch, then stdin stays open: the run is midway, its records written to the temporary file.
    child.stdin?.write(`${JSON.stringify(guideOffer)}\n`.repeat(50));
    const temp = await waitForFile(dir, /^\.out\.ndjson\.\d+-[0-9a-f]{8}\.tmp$/);
    await sleep(200);
    child.kill(signal);
    const run = await done;
    expect(run.signal ?? run.code).toBe(signal === 'SIGTERM' ? 143 : 'SIGKILL');
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(dir)).toEqual(tempLeft ? [temp] : []);
  });

  it('stdout closed early (a reader like `head`) stops the run with exit 2 and one message', async () => {
    const child = spawnCli(['migrate', '--quiet', '--jobs', '1']);
    const done = collect(child);
    child.stdout?.once('data', () => child.stdout?.destroy());
    child.stdin?.end(`${JSON.stringify(guideOffer)}\n`.repeat(3000));
    const run = await done;
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('dispatch-workorder: stdout was closed before the run ended (EPIPE)\n');
  });
});
