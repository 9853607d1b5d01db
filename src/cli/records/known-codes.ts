import { ERROR_CODES, WARNING_CODES, type NoteCode } from '../../issues/issue';

/** The codes of the notes a migration may give (kept equal to the library's `NoteCode` by a type test). */
export const NOTE_CODES = ['timezone_inferred'] as const satisfies readonly NoteCode[];

/** The CLI's own code: an NDJSON line that is not JSON or not UTF-8 (see `docs/cli.md`). */
export const CLI_CODES = ['invalid_json'] as const;

/**
 * Every code a stderr line can carry: the library's error and warning codes, the notes' codes and
 * the CLI's own, in that order. `--ignore` takes these.
 */
export const KNOWN_CODES: readonly string[] = [...ERROR_CODES, ...WARNING_CODES, ...NOTE_CODES, ...CLI_CODES];
