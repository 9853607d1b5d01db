import { escapeControlCharacters } from '../../issues/format-issue';
import type { CodeTotals, Totals } from './totals';

/** Paths shown per code, the commonest first. */
const SHOWN_PATHS = 3;

const GROUPS = [
  ['error', 'errors'],
  ['warning', 'warnings'],
  ['note', 'notes'],
] as const;

/**
 * The lines printed under the summary line of a run that found issues or notes, so a whole backlog
 * can be judged in one screen: for each severity (errors, warnings, notes) its count, then each of
 * its codes, the commonest first, with its count and its commonest paths (JSON Pointers, `(root)`
 * for the root), each with its count unless it is the only one, and how many are elsewhere. Lines hidden with `--ignore` are counted too. No lines
 * when the run found nothing.
 *
 * @example
 * formatBreakdown(totals);
 * // ['errors: 28',
 * //  '  required           20  /job/title (15), /customer/name (5)',
 * //  '  invalid_phone       8  /customer/phone_numbers/0',
 * //  'warnings: 10,000',
 * //  '  dropped_field  10,000  /duration']
 */
export function formatBreakdown(totals: Totals): string[] {
  const codes = [...totals.codes].sort(([codeA, a], [codeB, b]) => b.count - a.count || (codeA < codeB ? -1 : 1));
  const codeWidth = Math.max(0, ...codes.map(([code]) => code.length));
  const countWidth = Math.max(0, ...codes.map(([, entry]) => count(entry.count).length));
  const lines: string[] = [];
  for (const [severity, label] of GROUPS) {
    const group = codes.filter(([, entry]) => entry.severity === severity);
    if (group.length === 0) continue;
    lines.push(`${label}: ${count(group.reduce((sum, [, entry]) => sum + entry.count, 0))}`);
    for (const [code, entry] of group) lines.push(`  ${code.padEnd(codeWidth)}  ${count(entry.count).padStart(countWidth)}  ${commonestPaths(entry)}`);
  }
  return lines;
}

/** `/job/title (15), /customer/name (5), others (2)`; `/duration` alone when every one is there. */
function commonestPaths(entry: CodeTotals): string {
  const paths = [...entry.paths].sort(([pointerA, a], [pointerB, b]) => b - a || (pointerA < pointerB ? -1 : 1)).slice(0, SHOWN_PATHS);
  const named = (pointer: string): string => (pointer === '' ? '(root)' : escapeControlCharacters(pointer));
  const [first] = paths;
  if (paths.length === 1 && first !== undefined && first[1] === entry.count) return named(first[0]);
  const shown = paths.map(([pointer, n]) => `${named(pointer)} (${count(n)})`);
  const others = entry.count - paths.reduce((sum, [, n]) => sum + n, 0);
  if (others > 0) shown.push(`others (${count(others)})`);
  return shown.join(', ');
}

/** `10,000`: thousands separated by commas, whatever the machine's locale. */
function count(n: number): string {
  return n.toLocaleString('en-US');
}
