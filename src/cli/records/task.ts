import type { Note, Severity } from '../../issues/issue';
import type { MigrateOptions } from '../../migrate/options';
import type { RecordIssue } from './record-issue';

/** The CLI's commands. */
export type CommandName = 'migrate' | 'validate';

/**
 * One input record: its 1-based number and either the raw text of an NDJSON line, a parsed value,
 * or the issue that made it unreadable (over the size limit, not UTF-8).
 */
export type RecordInput =
  | { readonly record: number; readonly text: string }
  | { readonly record: number; readonly value: unknown }
  | { readonly record: number; readonly issue: RecordIssue };

/**
 * The library options of a run as plain data, so they can be sent to a worker thread: the
 * `inferTimezone` resolver is a function, so a task only says whether to use it ({@link Task.inferTimezone})
 * and each thread loads it; `now` is a string or milliseconds, read once by the main thread.
 */
export type TaskOptions = Omit<MigrateOptions, 'inferTimezone'>;

/** What every batch of a run is processed with; plain data, so it can be sent to a worker thread. */
export interface Task {
  /** `migrate` (Job Offer → Work Order) or `validate` (Work Order → canonical Work Order). */
  readonly command: CommandName;
  /** Library options; `status`, `localTimes` are only passed to `migrate`. */
  readonly options: TaskOptions;
  /** `--infer-timezone`: pass `inferTimezone` from `dispatch-workorder/timezone` to `migrate`, loaded only then. */
  readonly inferTimezone: boolean;
  /** Indentation of each written Work Order: 2 for a document, 0 (one line) for arrays and NDJSON. */
  readonly indent: number;
  /** When true, warnings and notes are not rendered as stderr lines (they are still counted). */
  readonly quiet: boolean;
  /** Codes whose issues and notes are not rendered as stderr lines (`--ignore`); they are still counted and reported. */
  readonly ignore: readonly string[];
  /** When true, failed records and the notes of migrated ones are collected for `--report`. */
  readonly collectReport: boolean;
}

/** A failed record as written to the report. */
export interface FailedRecord {
  /** 1-based record number. */
  readonly record: number;
  /** The record's external id, or `null` when it has none. */
  readonly external_id: string | null;
  /** Every issue of the record, errors first, each with its path as a JSON Pointer too. */
  readonly issues: readonly (RecordIssue & { readonly pointer: string })[];
}

/** A migrated record with notes (what the migration filled in on request), as written to the report. */
export interface NotedRecord {
  /** 1-based record number. */
  readonly record: number;
  /** The Job Offer's `job.external_id`, or `null` when it has none. */
  readonly external_id: string | null;
  /** The record's notes, each with its path as a JSON Pointer too. */
  readonly notes: readonly (Note & { readonly pointer: string })[];
}

/** What processing a batch gives; plain data, so it can come back from a worker thread. */
export interface BatchResult {
  /** The JSON text of each successful record's Work Order, in input order. */
  readonly outputs: string[];
  /** The stderr lines of the batch (errors, and warnings and notes unless quiet), each ending in `\n`. */
  readonly stderr: string;
  /** Failed records, when the task collects them. */
  readonly failures: FailedRecord[];
  /** Migrated records with notes, when the task collects them. */
  readonly noted: NotedRecord[];
  /** Records read. */
  readonly read: number;
  /** Records that succeeded. */
  readonly succeeded: number;
  /** Records that failed. */
  readonly failed: number;
  /** Warning issues found. */
  readonly warnings: number;
  /** Notes of migrated records (`migrate` only). */
  readonly notes: number;
  /** Issues and notes found, per code. */
  readonly codes: Record<string, CodeTally>;
}

/** How often a code occurred in a batch, and where. */
export interface CodeTally {
  /** The code's severity, or `note` for a note's code. */
  readonly severity: Severity | 'note';
  /** Issues (or notes) with this code. */
  count: number;
  /** How many of them are at each path, by JSON Pointer (`""` is the root). */
  readonly paths: Record<string, number>;
}
