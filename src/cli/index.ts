#!/usr/bin/env node
// The `dispatch-workorder` command. Never imported by the library entry (`src/index.ts`).
import { unexpectedErrorMessage } from './errors';
import { main } from './main';
import { removePendingFilesSync } from './output/atomic-file';

// A run that is stopped never leaves a temporary or partial output file behind.
process.on('exit', removePendingFilesSync);
for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]] as const) {
  process.on(signal, () => {
    removePendingFilesSync();
    process.exit(128 + number);
  });
}
// Write errors (EPIPE when the reader went away, ENOSPC) are reported by the run, not thrown as events.
process.stdout.on('error', () => undefined);
process.stderr.on('error', () => undefined);
// Anything that escapes the run anyway ends it with exit 2 and one line, never a stack trace.
const fail = (error: unknown): void => {
  removePendingFilesSync();
  process.stderr.write(`${unexpectedErrorMessage(error)}\n`);
  process.exit(2);
};
process.on('uncaughtException', fail);
process.on('unhandledRejection', fail);

const code = await main(process.argv, {
  stdin: process.stdin,
  stdout: process.stdout,
  stderr: process.stderr,
  workerUrl: new URL('./worker.js', import.meta.url),
});
// Let stdout and stderr drain, then exit even if stdin is still open (a run stopped early).
await new Promise<void>((resolve) => process.stdout.write('', () => resolve()));
await new Promise<void>((resolve) => process.stderr.write('', () => resolve()));
process.exit(code);
