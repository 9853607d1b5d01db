/**
 * Most bytes of one record the CLI reads: 16 MiB, far above any Work Order or Job Offer within the
 * library's size limits (`LIMITS`, see `docs/reliability.md`), low enough that a hostile input
 * cannot make the CLI hold hundreds of megabytes. An NDJSON line or a document over it is a failed
 * record with code `too_large`, counted but never kept in memory or parsed; an array element over
 * it ends the run (exit 2), because a streamed array cannot skip one element.
 */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;
