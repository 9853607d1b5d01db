import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Issue, PathSegment } from '../../src';

export const FIXTURES = new URL('../../fixtures/', import.meta.url).pathname;

export function readJson<T = unknown>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Names of the files in a fixtures folder that end with `suffix`, without it. */
export function fixtureNames(folder: string, suffix: string): string[] {
  return readdirSync(join(FIXTURES, folder))
    .filter((f) => f.endsWith(suffix))
    .map((f) => f.slice(0, -suffix.length))
    .sort();
}

/** An issue as fixtures state it: code and path. */
export interface ExpectedIssue {
  code: string;
  path: PathSegment[];
}

/** Issues as `{ code, path }`, in a stable order, for comparing with a fixture. */
export function codesAndPaths(issues: readonly (Issue | ExpectedIssue)[]): ExpectedIssue[] {
  return issues
    .map((i) => ({ code: i.code, path: [...i.path] }))
    .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
}
