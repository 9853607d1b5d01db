import { CommanderError } from 'commander';
import { escapeControlCharacters } from '../issues/format-issue';
import { isCliError, unexpectedErrorMessage } from './errors';
import { createProgram } from './commands/program';
import type { RunEnvironment } from './commands/run-command';

/**
 * Runs the CLI with `argv` (as `process.argv`: node, script, arguments…) and returns its exit code:
 * 0 every record succeeded, 1 at least one record failed, 2 usage error, unreadable input, invalid
 * JSON, unwritable output or any unexpected error (with one line on stderr, never a stack trace).
 *
 * @example
 * process.exitCode = await main(process.argv, { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, workerUrl });
 */
export async function main(argv: readonly string[], env: RunEnvironment): Promise<number> {
  let exitCode = 0;
  const program = createProgram(
    // Loaded only to run a command: --help, --version and usage errors stay fast.
    async (options) => (await import('./commands/run-command')).runCommand(options, env),
    // Usage errors echo what was typed: no control character reaches the terminal as it is.
    { writeOut: (text) => void env.stdout.write(text), writeErr: (text) => void env.stderr.write(text.split('\n').map(escapeControlCharacters).join('\n')) },
    (code) => (exitCode = code),
  );
  try {
    await program.parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version asked for are not errors; anything else commander rejects is a usage error.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (isCliError(error)) {
      env.stderr.write(`dispatch-workorder: ${escapeControlCharacters(error.message)}\n`);
      return error.exitCode;
    }
    env.stderr.write(`${unexpectedErrorMessage(error)}\n`);
    return 2;
  }
}
