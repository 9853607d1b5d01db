/**
 * Most bytes of one record the CLI reads by default (`--max-record-size`): 1 MiB, hundreds of times
 * a real Job Offer or Work Order (a few kilobytes), low enough that a hostile record cannot make the
 * CLI hold much memory (parsed JSON takes many times its size; `docs/cli.md` gives the figures). An
 * NDJSON line or a document over it is a failed record with code `too_large`, counted but never kept
 * in memory or parsed; an array element over it ends the run (exit 2), because a streamed array
 * cannot skip one element.
 */
export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

/** The least `--max-record-size` accepts: 1 KiB. */
export const MIN_RECORD_BYTES = 1024;

/** The most `--max-record-size` accepts: 16 MiB, the limit before it became an option. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
