import type { MigrateOptions } from '../../migrate/options';
import type { RecordIssue } from './record-issue';

/** The CLI's commands. */
export type CommandName = 'migrate' | 'validate';

/** One input record: its 1-based number and either the raw text of an NDJSON line or a parsed value. */
export type RecordInput = { readonly record: number; readonly text: string } | { readonly record: number; readonly value: unknown };

/** What every batch of a run is processed with; plain data, so it can be sent to a worker thread. */
export interface Task {
  /** `migrate` (Job Offer → Work Order) or `validate` (Work Order → canonical Work Order). */
  readonly command: CommandName;
  /** Library options; `status` is only passed to `migrate`. */
  readonly options: MigrateOptions;
  /** Indentation of each written Work Order: 2 for a document, 0 (one line) for arrays and NDJSON. */
  readonly indent: number;
  /** When true, warnings are not rendered as stderr lines (they are still counted). */
  readonly quiet: boolean;
  /** When true, failed records are collected for `--report`. */
  readonly collectFailures: boolean;
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

/** What processing a batch gives; plain data, so it can come back from a worker thread. */
export interface BatchResult {
  /** The JSON text of each successful record's Work Order, in input order. */
  readonly outputs: string[];
  /** The stderr lines of the batch (errors, and warnings unless quiet), each ending in `\n`. */
  readonly stderr: string;
  /** Failed records, when the task collects them. */
  readonly failures: FailedRecord[];
  /** Records read. */
  readonly read: number;
  /** Records that succeeded. */
  readonly succeeded: number;
  /** Records that failed. */
  readonly failed: number;
  /** Warning issues found. */
  readonly warnings: number;
  /** Issues found, per code. */
  readonly codes: Record<string, number>;
}
