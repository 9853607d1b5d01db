import { readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Issue } from '../issues/issue';
import { migrateJobOffer } from '../migrate/migrate-job-offer';
import type { MigrateOptions } from '../migrate/options';
import { jsonDiff } from './diff';

/**
 * Options of {@link checkFixturePairs}.
 *
 * @category Fixture pairs
 */
export interface CheckFixturePairsOptions {
  /** Migration options for every pair; a pair's own `NAME.options.json` is merged over them. */
  readonly migrate?: MigrateOptions;
}

/**
 * The outcome of one fixture pair, or of one file in the folder that is not part of a complete pair.
 *
 * @category Fixture pairs
 */
export interface FixturePairResult {
  /**
   * The pair's name: its path under the folder without the suffix, e.g. `guide-example` or
   * `sub/minimal`; for a misnamed file, its path with its whole name, e.g. `typo.joboffer.json`.
   */
  readonly name: string;
  /** True when the Job Offer migrated to exactly the expected Work Order (and issues, if given). */
  readonly passed: boolean;
  /**
   * Why the pair failed, in one sentence naming the file, e.g. `the Work Order differs from
   * wrong-title.work-order.json`; `undefined` when it passed.
   */
  readonly problem: string | undefined;
  /**
   * A readable diff (`+ actual - expected`) of the migrated vs the expected Work Order, or of the
   * issues (by code and path) when the Work Orders are equal; `undefined` when there is nothing to compare.
   */
  readonly diff: string | undefined;
  /** Every issue of the migration; empty when the pair could not be migrated (see `problem`). */
  readonly issues: readonly Issue[];
}

const KINDS = ['job-offer', 'work-order', 'issues', 'options'] as const;
type Kind = (typeof KINDS)[number];
type PairFiles = Partial<Record<Kind, string>>;

/** A misnamed file whose name still says what it was meant to be: `typo.joboffer.json`, `a_Work_Order.JSON`. */
const LOOKS_LIKE = /^(.+?)[._ -]+(?:(job[._ -]?offers?)|(work[._ -]?orders?)|(issues?)|(options?))\.json$/i;
const LIST = new Intl.ListFormat('en', { type: 'conjunction' });
const NAMING = 'a pair is NAME.job-offer.json and NAME.work-order.json, with NAME.issues.json and NAME.options.json beside them if needed';

/**
 * Runs every fixture pair under `dir` (subfolders included): each `NAME.job-offer.json` is migrated
 * and compared with `NAME.work-order.json`. Optional beside them: `NAME.issues.json`, the expected
 * issues as `[{ "code", "path" }]` (compared in any order), and `NAME.options.json`, migration
 * options for that pair. Returns one result per pair, sorted by name, so one test can check them
 * all; {@link assertFixturePair} turns a failed one into a readable assertion error.
 *
 * Nothing in the folder is skipped silently: every `*.json` file that is not part of a complete
 * pair (a Job Offer without its Work Order, a Work Order or companion without its Job Offer, a
 * misnamed file such as `typo.joboffer.json`) is a failed result naming the file and the name it
 * should have. A bad fixture (invalid JSON, a wrong option) is a failed result too, never a throw.
 *
 * @param dir The folder: a path (a relative one is resolved against the current working
 *   directory, `process.cwd()`) or a `file:` URL such as `new URL('./fixtures/', import.meta.url)`.
 * @throws {Error} When the folder does not exist or is not a folder; the message names the resolved path.
 * @throws {TypeError} When `dir` is a URL that is not a `file:` URL, or `options.migrate` holds a wrong option.
 *
 * @example
 * const results = checkFixturePairs(new URL('./fixtures/', import.meta.url));
 * test.each(results.map((r) => [r.name, r] as const))('%s', (_, result) => assertFixturePair(result));
 *
 * @category Fixture pairs
 */
export function checkFixturePairs(dir: string | URL, options: CheckFixturePairsOptions = {}): FixturePairResult[] {
  const root = fixtureFolder(dir);
  const pairs = new Map<string, PairFiles>();
  const results: FixturePairResult[] = [];
  for (const file of jsonFiles(root, new Set())) {
    const path = relative(root, file).split('\\').join('/');
    const kind = KINDS.find((k) => path.endsWith(`.${k}.json`) && !`/${path}`.endsWith(`/.${k}.json`));
    if (kind === undefined) {
      results.push(failed(path, misnamed(path)));
      continue;
    }
    const name = path.slice(0, -`.${kind}.json`.length);
    pairs.set(name, { ...pairs.get(name), [kind]: file });
  }
  for (const [name, files] of pairs) results.push(checkPair(name, files, options));
  return results.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function fixtureFolder(dir: string | URL): string {
  let path: string;
  let from = '';
  if (dir instanceof URL) {
    if (dir.protocol !== 'file:') throw new TypeError(`checkFixturePairs: the folder must be a path or a file: URL, got ${dir.href}.`);
    path = fileURLToPath(dir);
    from = ` (from the URL ${dir.href})`;
  } else {
    path = resolve(dir);
    if (!isAbsolute(dir)) from = ` ("${dir}" resolved against the current working directory, ${process.cwd()})`;
  }
  let isFolder: boolean;
  try {
    isFolder = statSync(path).isDirectory();
  } catch (cause) {
    throw new Error(`checkFixturePairs: the fixture folder ${path} does not exist${from}.`, { cause });
  }
  if (!isFolder) throw new Error(`checkFixturePairs: ${path} is a file, not a folder of fixture pairs${from}.`);
  return path;
}

/** Every `*.json` file under `dir`, following symbolic links (each folder once, so a loop ends). */
function jsonFiles(dir: string, seen: Set<string>): string[] {
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  seen.add(real);
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (isFolder(entry, path)) return jsonFiles(path, seen);
    return /\.json$/i.test(entry.name) ? [path] : [];
  });
}

function isFolder(entry: Dirent, path: string): boolean {
  if (!entry.isSymbolicLink()) return entry.isDirectory();
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a broken link: reported as a file that cannot be read, if it is named *.json
  }
}

function misnamed(path: string): string {
  const slash = path.lastIndexOf('/') + 1;
  const match = LOOKS_LIKE.exec(path.slice(slash));
  if (match === null) return `${path} is not named as part of a fixture pair: ${NAMING}.`;
  const kind = KINDS[match.slice(2).findIndex((group) => group !== undefined)]!;
  return `${path} is not named as part of a fixture pair: rename it ${path.slice(0, slash)}${match[1]}.${kind}.json (${NAMING}).`;
}

function checkPair(name: string, files: PairFiles, options: CheckFixturePairsOptions): FixturePairResult {
  const file = (kind: Kind) => `${name}.${kind}.json`;
  if (files['job-offer'] === undefined) {
    const present = KINDS.filter((k) => files[k] !== undefined).map(file);
    const missing = files['work-order'] === undefined ? `${file('job-offer')} and ${file('work-order')}` : file('job-offer');
    const one = present.length === 1;
    return failed(name, `${LIST.format(present)} ${one ? 'has' : 'have'} no Job Offer beside ${one ? 'it' : 'them'}: add ${missing}.`);
  }
  if (files['work-order'] === undefined) {
    return failed(name, `${file('job-offer')} has no Work Order beside it: add ${file('work-order')}, the Work Order it must migrate to.`);
  }
  const read = (kind: Kind) => readJson(files[kind], file(kind));
  const jobOffer = read('job-offer');
  const expected = read('work-order');
  const pairOptions = read('options');
  const expectedIssues = read('issues');
  const unreadable = [jobOffer, expected, pairOptions, expectedIssues].find((r) => r.problem !== undefined);
  if (unreadable?.problem !== undefined) return failed(name, unreadable.problem);
  if (pairOptions.value !== undefined && !isObject(pairOptions.value)) {
    return failed(name, `${file('options')} must hold an object of migration options, e.g. { "status": "offered" }.`);
  }
  if (expectedIssues.value !== undefined && !isIssueList(expectedIssues.value)) {
    return failed(name, `${file('issues')} must hold an array of { "code", "path" }, e.g. [{ "code": "dropped_field", "path": ["duration"] }].`);
  }

  let result: ReturnType<typeof migrateJobOffer>;
  try {
    result = migrateJobOffer(jobOffer.value, { ...options.migrate, ...(pairOptions.value as MigrateOptions | undefined) });
  } catch (error) {
    // A wrong option is a caller mistake: the pair's own file if it has one, else the caller's.
    if (pairOptions.value === undefined || !(error instanceof TypeError)) throw error;
    return failed(name, `${file('options')} holds a wrong option: ${error.message}`);
  }
  if (!result.success) {
    const errors = result.issues.filter((i) => i.severity === 'error').length;
    return { name, passed: false, problem: `${file('job-offer')} did not migrate (${errors} error${errors === 1 ? '' : 's'})`, diff: undefined, issues: result.issues };
  }
  const diff = jsonDiff(result.workOrder, expected.value);
  if (diff !== undefined) return { name, passed: false, problem: `the Work Order differs from ${file('work-order')}`, diff, issues: result.issues };
  if (expectedIssues.value !== undefined) {
    const issuesDiff = jsonDiff(codesAndPaths(result.issues), codesAndPaths(expectedIssues.value as readonly Pick<Issue, 'code' | 'path'>[]));
    if (issuesDiff !== undefined) {
      return { name, passed: false, problem: `the issues differ from ${file('issues')} (compared by code and path, in any order)`, diff: issuesDiff, issues: result.issues };
    }
  }
  return { name, passed: true, problem: undefined, diff: undefined, issues: result.issues };
}

function failed(name: string, problem: string): FixturePairResult {
  return { name, passed: false, problem, diff: undefined, issues: [] };
}

function readJson(path: string | undefined, shown: string): { value?: unknown; problem?: string } {
  if (path === undefined) return {};
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    return { problem: `${shown} could not be read: ${(error as Error).message}` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { problem: `${shown} is not valid JSON: ${(error as Error).message}` };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isIssueList(value: unknown): boolean {
  return Array.isArray(value) && value.every((i) => isObject(i) && typeof i['code'] === 'string' && Array.isArray(i['path']));
}

function codesAndPaths(issues: readonly Pick<Issue, 'code' | 'path'>[]): string[] {
  return issues.map((i) => JSON.stringify({ code: i.code, path: i.path })).sort();
}
