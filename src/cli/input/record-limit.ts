/**
 * Most bytes of one record the CLI reads by default (`--max-record-size`): 1 MiB, hundreds of times
 * a real Job Offer or Work Order (a few kilobytes), low enough that a hostile record cannot make the
 * CLI hold much memory (parsed JSON takes many times its size; `docs/cli.md` gives the figures). An
 * NDJSON line or a document over it is a failed record with code `too_large`, counted but never kept
 * in memory or parsed; an array element over it ends the run (exit 2), because a streamed array
 * cannot skip one element.
 */
export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

/**
 * What `--max-record-size` accepts: from 1 KiB to 16 MiB, the limit before it became an option (at
 * which a hostile record peaks at over a gigabyte).
 */
export const RECORD_LIMIT_RANGE = { min: 1024, max: 16 * 1024 * 1024 } as const;
