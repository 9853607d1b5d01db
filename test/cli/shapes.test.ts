import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_OFFER_PATH, guideOffer, line, migrated, titleMissingOffer, withExternalId } from './support/records';
import { lines, runCli } from './support/run-cli';

// Each input shape, from a file and from stdin; the output keeps the input's shape.

const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-shapes-'));
const guide = migrated(guideOffer);
const [dropped] = guide.issues;
const guideWorkOrder = JSON.stringify(guide.workOrder);

describe('a JSON document', () => {
  it('gives one indented Work Order on stdout, its warnings on stderr, and exit 0', async () => {
    const run = await runCli(['migrate', GUIDE_OFFER_PATH]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${JSON.stringify(guide.workOrder, null, 2)}\n`);
    expect(guide.issues.map((i) => i.code)).toEqual(['dropped_field']);
    expect(lines(run.stderr)).toEqual([line(1, '/duration', dropped), 'migrated 1 of 1, 0 failed, 1 warning', 'warnings: 1', '  dropped_field  1  /duration']);
  });

  it('reads stdin when FILE is "-" or missing, with the same result', async () => {
    const text = JSON.stringify(guideOffer, null, 2);
    const dash = await runCli(['migrate', '-'], { stdin: text });
    const none = await runCli(['migrate'], { stdin: text });
    for (const run of [dash, none]) {
      expect(run.code).toBe(0);
      expect(run.stdout).toBe(`${JSON.stringify(guide.workOrder, null, 2)}\n`);
    }
  });

  it('writes nothing on stdout when the document fails, and exits 1', async () => {
    const run = await runCli(['migrate'], { stdin: JSON.stringify(titleMissingOffer, null, 2) });
    const failed = migrated(titleMissingOffer);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(failed.issues.map((i) => [i.code, i.path])).toEqual([['required', ['job', 'title']]]);
    expect(lines(run.stderr)).toEqual([line(1, '/job/title', failed.issues[0]), 'migrated 0 of 1, 1 failed, 0 warnings', 'errors: 1', '  required  1  /job/title']);
  });
});

describe('a JSON array', () => {
  it('gives an array of the successful Work Orders, numbering records by position', async () => {
    const file = join(dir, 'array.json');
    writeFileSync(file, JSON.stringify([withExternalId(guideOffer, 'A1'), titleMissingOffer, withExternalId(guideOffer, 'A3')], null, 2));
    const run = await runCli(['migrate', file]);
    const first = migrated(withExternalId(guideOffer, 'A1'));
    const third = migrated(withExternalId(guideOffer, 'A3'));
    const failed = migrated(titleMissingOffer);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`[\n${JSON.stringify(first.workOrder)},\n${JSON.stringify(third.workOrder)}\n]\n`);
    expect(JSON.parse(run.stdout)).toEqual([first.workOrder, third.workOrder]);
    expect(lines(run.stderr)).toEqual([
      line(1, '/duration', first.issues[0]),
      line(2, '/job/title', failed.issues[0]),
      line(3, '/duration', third.issues[0]),
      'migrated 2 of 3, 1 failed, 2 warnings',
      'errors: 1',
      '  required       1  /job/title',
      'warnings: 2',
      '  dropped_field  2  /duration',
    ]);
  });

  it('gives an empty array for an empty array', async () => {
    const run = await runCli(['migrate'], { stdin: ' [ ]\n' });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('[]\n');
    expect(run.stderr).toBe('migrated 0 of 0, 0 failed, 0 warnings\n');
  });
});

describe('NDJSON', () => {
  it('gives one Work Order per line, numbering records by line and skipping blank lines', async () => {
    const input = [JSON.stringify(guideOffer), '', '   ', JSON.stringify(withExternalId(guideOffer, 'N4')), ''].join('\n');
    const run = await runCli(['migrate'], { stdin: input });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${guideWorkOrder}\n${JSON.stringify(migrated(withExternalId(guideOffer, 'N4')).workOrder)}\n`);
    expect(lines(run.stderr)).toEqual([line(1, '/duration', dropped), line(4, '/duration', dropped), 'migrated 2 of 2, 0 failed, 2 warnings', 'warnings: 2', '  dropped_field  2  /duration']);
  });

  it('treats a one-line object as a one-record NDJSON stream, and accepts CRLF, a BOM and no final newline', async () => {
    const run = await runCli(['migrate'], { stdin: `\uFEFF${JSON.stringify(guideOffer)}\r\n${JSON.stringify(guideOffer)}` });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`${guideWorkOrder}\n${guideWorkOrder}\n`);
  });

  it('is an empty stream when the input is empty or blank (exit 0, nothing written)', async () => {
    for (const stdin of ['', '\n \n']) {
      const run = await runCli(['migrate'], { stdin });
      expect(run.code).toBe(0);
      expect(run.stdout).toBe('');
      expect(run.stderr).toBe('migrated 0 of 0, 0 failed, 0 warnings\n');
    }
  });
});
