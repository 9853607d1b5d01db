import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, test } from 'vitest';
import { checkFixturePairs, type FixturePairResult } from '../../src/testing';
import { FIXTURES, readJson } from '../support/fixtures';

const jobOffer = readJson(`${FIXTURES}pairs/minimal.job-offer.json`) as Record<string, unknown>;
const workOrder = readJson(`${FIXTURES}pairs/minimal.work-order.json`) as Record<string, unknown>;
const guideJobOffer = readJson(`${FIXTURES}pairs/guide-example.job-offer.json`) as Record<string, unknown>;

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A fresh folder holding `files` (a string is written as is, anything else as JSON). */
function folderWith(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'dwo-pairs-'));
  folders.push(dir);
  for (const [name, value] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  }
  return dir;
}

const byName = (results: readonly FixturePairResult[]) => Object.fromEntries(results.map((r) => [r.name, r]));
const NAMING = 'a pair is NAME.job-offer.json and NAME.work-order.json, with NAME.issues.json and NAME.options.json beside them if needed';

describe('pairs', () => {
  const dir = folderWith({
    'good.job-offer.json': jobOffer,
    'good.work-order.json': workOrder,
    'good.issues.json': [],
    'guide.job-offer.json': guideJobOffer,
    'guide.work-order.json': readJson(`${FIXTURES}pairs/guide-example.work-order.json`),
    'guide.issues.json': [{ code: 'dropped_field', path: ['duration'] }],
    'wrong-title.job-offer.json': jobOffer,
    'wrong-title.work-order.json': { ...workOrder, title: 'Other' },
    'wrong-issues.job-offer.json': guideJobOffer,
    'wrong-issues.work-order.json': readJson(`${FIXTURES}pairs/guide-example.work-order.json`),
    'wrong-issues.issues.json': [],
    'with-options.job-offer.json': jobOffer,
    'with-options.work-order.json': { ...workOrder, status: 'offered' },
    'with-options.options.json': { status: 'offered' },
    'nested/fails.job-offer.json': { ...jobOffer, offer_strategy: 'nope' },
    'nested/fails.work-order.json': workOrder,
    'fails-twice.job-offer.json': { ...jobOffer, job: 1, customer: 1 },
    'fails-twice.work-order.json': workOrder,
    'broken.job-offer.json': '{ not json',
    'broken.work-order.json': workOrder,
    'notes.txt': 'not a .json file: left alone',
  });

  test('one result per pair, sorted by name; a pair with issues.json or options.json passes when they hold', () => {
    const results = checkFixturePairs(dir);
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['broken', false],
      ['fails-twice', false],
      ['good', true],
      ['guide', true],
      ['nested/fails', false],
      ['with-options', true],
      ['wrong-issues', false],
      ['wrong-title', false],
    ]);
    expect(byName(results)['good']).toEqual({ name: 'good', passed: true, problem: undefined, diff: undefined, issues: [] });
    expect(byName(results)['guide']?.issues.map((i) => [i.code, i.path])).toEqual([['dropped_field', ['duration']]]);
  });

  test('a Work Order that differs: the problem names the file, the diff shows both sides', () => {
    const result = byName(checkFixturePairs(dir))['wrong-title']!;
    expect(result.problem).toBe('the Work Order differs from wrong-title.work-order.json');
    expect(result.diff).toMatch(/^\+ actual - expected[\s\S]*\n\+ {3}title: 'Fix the Sink',\n- {3}title: 'Other',\n/);
    expect(result.issues).toEqual([]);
  });

  test('issues that differ from NAME.issues.json', () => {
    const result = byName(checkFixturePairs(dir))['wrong-issues']!;
    expect(result.problem).toBe('the issues differ from wrong-issues.issues.json (compared by code and path, in any order)');
    expect(result.diff).toBe(`+ actual - expected\n\n+ [\n+   '{"code":"dropped_field","path":["duration"]}'\n+ ]\n- []`);
  });

  test('a Job Offer that does not migrate: no diff, the issues say why', () => {
    const result = byName(checkFixturePairs(dir))['nested/fails']!;
    expect(result).toMatchObject({ passed: false, problem: 'nested/fails.job-offer.json did not migrate (1 error)', diff: undefined });
    expect(result.issues.map((i) => [i.code, i.path])).toEqual([['invalid_value', ['offer_strategy']]]);
    expect(byName(checkFixturePairs(dir))['fails-twice']?.problem).toBe('fails-twice.job-offer.json did not migrate (2 errors)');
  });

  test('a file that is not JSON', () => {
    const result = byName(checkFixturePairs(dir))['broken']!;
    expect(result).toMatchObject({ passed: false, diff: undefined, issues: [] });
    expect(result.problem).toMatch(/^broken\.job-offer\.json is not valid JSON: /);
  });

  test('options apply to every pair, under each pair\'s own', () => {
    const results = byName(checkFixturePairs(dir, { migrate: { status: 'canceled' } }));
    expect(results['good']?.passed).toBe(false);
    expect(results['with-options']?.passed).toBe(true);
  });
});

describe('files that are not part of a complete pair are failed results, never skipped', () => {
  test('orphans name the file and the one to add', () => {
    const dir = folderWith({
      'lonely.job-offer.json': jobOffer,
      'only-order.work-order.json': workOrder,
      'only-issues.issues.json': [],
      'companions.issues.json': [],
      'companions.options.json': {},
      'companions.work-order.json': workOrder,
      'sub/lonely.job-offer.json': jobOffer,
    });
    expect(checkFixturePairs(dir).map((r) => [r.name, r.passed, r.problem])).toEqual([
      ['companions', false, 'companions.work-order.json, companions.issues.json, and companions.options.json have no Job Offer beside them: add companions.job-offer.json.'],
      ['lonely', false, 'lonely.job-offer.json has no Work Order beside it: add lonely.work-order.json, the Work Order it must migrate to.'],
      ['only-issues', false, 'only-issues.issues.json has no Job Offer beside it: add only-issues.job-offer.json and only-issues.work-order.json.'],
      ['only-order', false, 'only-order.work-order.json has no Job Offer beside it: add only-order.job-offer.json.'],
      ['sub/lonely', false, 'sub/lonely.job-offer.json has no Work Order beside it: add sub/lonely.work-order.json, the Work Order it must migrate to.'],
    ]);
  });

  test('a misnamed file is named by its whole file name, with the name it should have when that can be told', () => {
    const dir = folderWith({
      'typo.joboffer.json': jobOffer,
      'typo.work-order.json': workOrder,
      'sub/Shouty.Work_Order.JSON': workOrder,
      'dashed-job-offer.json': jobOffer,
      'expected.issue.json': [],
      'fixture.json': jobOffer,
      '.job-offer.json': jobOffer,
    });
    expect(checkFixturePairs(dir).map((r) => [r.name, r.passed, r.problem])).toEqual([
      ['.job-offer.json', false, `.job-offer.json is not named as part of a fixture pair: ${NAMING}.`],
      ['dashed-job-offer.json', false, `dashed-job-offer.json is not named as part of a fixture pair: rename it dashed.job-offer.json (${NAMING}).`],
      ['expected.issue.json', false, `expected.issue.json is not named as part of a fixture pair: rename it expected.issues.json (${NAMING}).`],
      ['fixture.json', false, `fixture.json is not named as part of a fixture pair: ${NAMING}.`],
      ['sub/Shouty.Work_Order.JSON', false, `sub/Shouty.Work_Order.JSON is not named as part of a fixture pair: rename it sub/Shouty.work-order.json (${NAMING}).`],
      ['typo', false, 'typo.work-order.json has no Job Offer beside it: add typo.job-offer.json.'],
      ['typo.joboffer.json', false, `typo.joboffer.json is not named as part of a fixture pair: rename it typo.job-offer.json (${NAMING}).`],
    ]);
  });

  test('companions that cannot be used', () => {
    const dir = folderWith({
      'list-options.job-offer.json': jobOffer,
      'list-options.work-order.json': workOrder,
      'list-options.options.json': ['status'],
      'wrong-option.job-offer.json': jobOffer,
      'wrong-option.work-order.json': workOrder,
      'wrong-option.options.json': { phoneFormat: 'fax' },
      'bad-issues.job-offer.json': jobOffer,
      'bad-issues.work-order.json': workOrder,
      'bad-issues.issues.json': { code: 'dropped_field' },
    });
    expect(checkFixturePairs(dir).map((r) => [r.name, r.problem])).toEqual([
      ['bad-issues', 'bad-issues.issues.json must hold an array of { "code", "path" }, e.g. [{ "code": "dropped_field", "path": ["duration"] }].'],
      ['list-options', 'list-options.options.json must hold an object of migration options, e.g. { "status": "offered" }.'],
      ['wrong-option', expect.stringMatching(/^wrong-option\.options\.json holds a wrong option: dispatch-workorder: option "phoneFormat" must be one of /)],
    ]);
  });

  test('a wrong option of the caller throws, as any caller mistake does', () => {
    const dir = folderWith({ 'good.job-offer.json': jobOffer, 'good.work-order.json': workOrder });
    expect(() => checkFixturePairs(dir, { migrate: { phoneFormat: 'fax' as never } })).toThrow(TypeError);
  });

  test.skipIf(process.platform === 'win32')('files and folders behind symbolic links are followed, each folder once', () => {
    const dir = folderWith({ 'real/good.job-offer.json': jobOffer, 'real/good.work-order.json': workOrder, 'other/lonely.job-offer.json': jobOffer, 'dangling.work-order.json': workOrder });
    symlinkSync(join(dir, 'real', 'good.job-offer.json'), join(dir, 'linked.job-offer.json'));
    symlinkSync(join(dir, 'real', 'good.work-order.json'), join(dir, 'linked.work-order.json'));
    symlinkSync(join(dir, 'missing.json'), join(dir, 'dangling.job-offer.json'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    const results = checkFixturePairs(join(dir, 'real'));
    expect(results.map((r) => [r.name, r.passed])).toEqual([
      ['good', true],
      ['loop/dangling', false],
      ['loop/linked', true],
      ['loop/other/lonely', false],
    ]);
    expect(byName(results)['loop/dangling']?.problem).toMatch(/^loop\/dangling\.job-offer\.json could not be read: ENOENT/);
  });
});

describe('the folder', () => {
  const dir = folderWith({ 'good.job-offer.json': jobOffer, 'good.work-order.json': workOrder });

  test('a file: URL, e.g. new URL("./fixtures/", import.meta.url), is accepted', () => {
    expect(checkFixturePairs(pathToFileURL(dir)).map((r) => [r.name, r.passed])).toEqual([['good', true]]);
    expect(checkFixturePairs(new URL('../../fixtures/pairs/', import.meta.url)).every((r) => r.passed)).toBe(true);
  });

  test('a relative path is resolved against the current working directory', () => {
    expect(checkFixturePairs(relative(process.cwd(), dir)).map((r) => r.name)).toEqual(['good']);
  });

  test('a folder that does not exist is an error naming the resolved path, and what it was resolved against', () => {
    expect(() => checkFixturePairs('test/no-such-fixtures')).toThrow(
      new Error(`checkFixturePairs: the fixture folder ${join(process.cwd(), 'test/no-such-fixtures')} does not exist ("test/no-such-fixtures" resolved against the current working directory, ${process.cwd()}).`),
    );
    expect(() => checkFixturePairs(join(dir, 'gone'))).toThrow(new Error(`checkFixturePairs: the fixture folder ${join(dir, 'gone')} does not exist.`));
    const url = pathToFileURL(join(dir, 'gone'));
    expect(() => checkFixturePairs(url)).toThrow(new Error(`checkFixturePairs: the fixture folder ${join(dir, 'gone')} does not exist (from the URL ${url.href}).`));
  });

  test('a file is not a folder; a URL must be a file: URL', () => {
    const file = join(dir, 'good.job-offer.json');
    expect(() => checkFixturePairs(file)).toThrow(new Error(`checkFixturePairs: ${file} is a file, not a folder of fixture pairs.`));
    expect(() => checkFixturePairs(new URL('https://example.com/fixtures/'))).toThrow(
      new TypeError('checkFixturePairs: the folder must be a path or a file: URL, got https://example.com/fixtures/.'),
    );
  });
});
