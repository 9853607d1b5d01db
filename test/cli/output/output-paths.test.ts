import { linkSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCliError } from '../../../src/cli/errors';
import { checkOutputPaths } from '../../../src/cli/output/output-paths';

const message = async (out: string | undefined, report: string | undefined, input?: string): Promise<string | undefined> => {
  const error: unknown = await checkOutputPaths({ input, out, report }).catch((caught: unknown) => caught);
  return error === undefined ? undefined : isCliError(error) ? error.message : String(error);
};

describe('checkOutputPaths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dwo-cli-paths-'));

  it('accepts different files, and either option alone', async () => {
    expect(await message(join(dir, 'a.ndjson'), join(dir, 'report.json'))).toBeUndefined();
    expect(await message(join(dir, 'a.ndjson'), undefined)).toBeUndefined();
    expect(await message(undefined, join(dir, 'report.json'))).toBeUndefined();
  });

  it('refuses --report -: the report is a file', async () => {
    expect(await message(undefined, '-')).toBe('--report needs a file: the report is written to a file, never to stdout ("-")');
  });

  it('refuses --out and --report naming the same file, by path, by another spelling of it, or through a link', async () => {
    const same = join(dir, 'same.json');
    expect(await message(same, same)).toBe(`--out and --report name the same file ("${same}", "${same}"): give each its own`);
    const spelled = relative(process.cwd(), same);
    expect(await message(same, spelled)).toBe(`--out and --report name the same file ("${same}", "${spelled}"): give each its own`);
    writeFileSync(same, 'x');
    symlinkSync(same, join(dir, 'symlink.json'));
    linkSync(same, join(dir, 'hardlink.json'));
    expect(await message(join(dir, 'symlink.json'), same)).toMatch(/^--out and --report name the same file/);
    expect(await message(join(dir, 'hardlink.json'), same)).toMatch(/^--out and --report name the same file/);
  });

  it('refuses an output naming the input file, by path or through a link; stdin has no file to protect', async () => {
    const input = join(dir, 'jobs.ndjson');
    writeFileSync(input, '{}\n');
    symlinkSync(input, join(dir, 'jobs-link.ndjson'));
    expect(await message(input, undefined, input)).toBe(`--out names the input file ("${input}"): writing the Work Orders there would replace the records being read; write to another file`);
    expect(await message(undefined, join(dir, 'jobs-link.ndjson'), input)).toBe(`--report names the input file ("${join(dir, 'jobs-link.ndjson')}"): writing the report there would replace the records being read; write to another file`);
    expect(await message(join(dir, 'other.ndjson'), join(dir, 'report.json'), input)).toBeUndefined();
    expect(await message(input, undefined, '-')).toBeUndefined();
  });
});
