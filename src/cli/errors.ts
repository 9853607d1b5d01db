import { escapeControlCharacters } from '../issues/format-issue';

/**
 * A run that cannot go on: a usage mistake, unreadable input, a non-NDJSON input that is not valid
 * JSON, or an output that cannot be written. The CLI prints `message` and exits with `exitCode`
 * (2); no output file is left behind.
 *
 * @example
 * throw new CliError('cannot read "jobs.ndjson": no such file');
 */
export class CliError extends Error {
  /** Constant name, so the class is recognisable after bundling. */
  override readonly name = 'CliError';
  /** The process exit code this error ends the run with. */
  readonly exitCode: number;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/**
 * True when `value` is a {@link CliError}, also across realms (checks the constant `name`).
 *
 * @example
 * catch (error) { if (isCliError(error)) process.exitCode = error.exitCode; }
 */
export function isCliError(value: unknown): value is CliError {
  return value instanceof CliError || (value instanceof Error && value.name === 'CliError');
}

/**
 * The one line the CLI prints for an error it did not expect (a bug, or a failure no message was
 * written for): `dispatch-workorder: unexpected error: <message>`, with the system error code when
 * there is one, never a stack trace.
 *
 * @example
 * unexpectedErrorMessage(new Error('boom')); // 'dispatch-workorder: unexpected error: boom'
 */
export function unexpectedErrorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const withCode = typeof code === 'string' && !message.includes(code) ? `${message} (${code})` : message;
  return `dispatch-workorder: unexpected error: ${escapeControlCharacters(withCode)}`;
}
