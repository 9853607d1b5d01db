import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Issue } from '../issues/issue';
import { migrateJobOffer } from '../migrate/migrate-job-offer';
import type { MigrateOptions } from '../migrate/options';
import { jsonDiff } from './diff';

/** Options of {@link checkFixturePairs}. */
export interface CheckFixturePairsOptions {
  /** Migration options for every pair; a pair's own `NAME.options.json` is merged over them. */
  readonly migrate?: MigrateOptions;
}

/** The outcome of one fixture pair. */
export interface FixturePairResult {
  /** The pair's name: its path under the folder without the suffix, e.g. `guide-example` or `sub/minimal`. */
  readonly name: string;
  /** True when the Job Offer migrated to exactly the expected Work Order (and issues, if given). */
  readonly passed: boolean;
  /** A readable diff of the produced vs the expected Work Order, or of the issues; `undefined` when equal. */
  readonly diff: string | undefined;
  /** Every issue of the migration (or one explaining why the pair could not be read). */
  readonly issues: readonly Issue[];
}

const JOB_OFFER = '.job-offer.json';

/**
 * Runs every fixture pair under `dir` (subfolders included): each `NAME.job-offer.json` is migrated
 * and compared with `NAME.work-order.json`. Optional beside them: `NAME.issues.json`, the expected
 * issues as `[{ "code", "path" }]` (compared in any order), and `NAME.options.json`, migration
 * options for that pair. Returns one result per pair, sorted by name, so one test can check them
 * all. Never throws on a bad fixture: a missing or unreadable file is a failed result.
 *
 * @example
 * test('our fixture pairs migrate', () => {
 *   const failed = checkFixturePairs('test/fixtures').filter((r) => !r.passed);
 *   expect(failed).toEqual([]);
 * });
 */
export function checkFixturePairs(dir: string, options: CheckFixturePairsOptions = {}): FixturePairResult[] {
  return findJobOffers(dir)
    .map((file) => checkPair(dir, file, options))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function findJobOffers(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return findJobOffers(path);
    return entry.isFile() && entry.name.endsWith(JOB_OFFER) ? [path] : [];
  });
}

function checkPair(dir: string, jobOfferFile: string, options: CheckFixturePairsOptions): FixturePairResult {
  const base = jobOfferFile.slice(0, -JOB_OFFER.length);
  const name = relative(dir, base).split('\\').join('/');
  const jobOffer = read(jobOfferFile);
  const expected = read(`${base}.work-order.json`);
  const pairOptions = read(`${base}.options.json`, true);
  const expectedIssues = read(`${base}.issues.json`, true);
  const unreadable = [jobOffer, expected, pairOptions, expectedIssues].find((r) => r.error !== undefined);
  if (unreadable?.error !== undefined) {
    return { name, passed: false, diff: undefined, issues: [{ code: 'invalid_value', severity: 'error', path: [], message: unreadable.error }] };
  }
  const result = migrateJobOffer(jobOffer.value, { ...options.migrate, ...(pairOptions.value as MigrateOptions | undefined) });
  let diff = jsonDiff(result.success ? result.workOrder : undefined, expected.value);
  if (diff === undefined && expectedIssues.value !== undefined) {
    const issuesDiff = jsonDiff(codesAndPaths(result.issues), codesAndPaths(expectedIssues.value as readonly Issue[]));
    if (issuesDiff !== undefined) diff = `issues differ (code and path):\n${issuesDiff}`;
  }
  return { name, passed: result.success && diff === undefined, diff, issues: result.issues };
}

function read(file: string, optional = false): { value?: unknown; error?: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return optional ? {} : { error: `${file} could not be read: each NAME.job-offer.json needs a NAME.work-order.json beside it.` };
  }
  try {
    return { value: JSON.parse(text) };
  } catch (error) {
    return { error: `${file} is not valid JSON: ${(error as Error).message}` };
  }
}

function codesAndPaths(issues: readonly Pick<Issue, 'code' | 'path'>[]): string[] {
  return issues.map((i) => JSON.stringify({ code: i.code, path: i.path })).sort();
}
