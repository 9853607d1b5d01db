import { createWriteStream, unlinkSync, type WriteStream } from 'node:fs';
import { rename, unlink } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { CliError } from '../errors';

/** A file written under a temporary name and renamed into place only when the run succeeds. */
export interface AtomicFile {
  /** The final path. */
  readonly path: string;
  /** The temporary file's path, in the same folder (so the rename is atomic). */
  readonly tempPath: string;
  /** The stream to write to. */
  readonly stream: WriteStream;
  /** Ends the stream, flushes it to disk and renames the temporary file to `path`. */
  commit(): Promise<void>;
  /** Closes the stream and deletes the temporary file; `path` is left as it was. */
  abort(): Promise<void>;
}

/** Temporary files not yet committed or aborted, deleted synchronously if the process is stopped. */
const pending = new Set<string>();

/**
 * Opens `path` for an atomic write: the data goes to a temporary file beside it
 * (`.<name>.<pid>-<random>.tmp`), renamed over `path` by `commit()`. A run that is killed or fails
 * never leaves a partial `path`; {@link removePendingFilesSync} deletes the temporary files on
 * signals and exits.
 *
 * @throws {CliError} When the folder cannot be written (exit 2).
 *
 * @example
 * const file = await openAtomicFile('out.ndjson');
 * file.stream.write('{}\n');
 * await file.commit();
 */
export async function openAtomicFile(path: string): Promise<AtomicFile> {
  const tempPath = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const stream = createWriteStream(tempPath, { flags: 'wx', flush: true });
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', (error) => reject(new CliError(`cannot write "${path}": ${error.message}`)));
  });
  pending.add(tempPath);
  // A write error (disk full…) is kept on `stream.errored` and reported by the next flush or commit.
  stream.on('error', () => undefined);
  let settled = false;
  return {
    path,
    tempPath,
    stream,
    async commit() {
      if (settled) return;
      settled = true;
      try {
        stream.end();
        await finished(stream);
        await rename(tempPath, path);
      } catch (error) {
        await unlink(tempPath).catch(() => undefined);
        // A stream or file system error (disk full, the folder gone…).
        throw new CliError(`cannot write "${path}": ${(error as Error).message}`);
      } finally {
        pending.delete(tempPath);
      }
    },
    async abort() {
      if (settled) return;
      settled = true;
      stream.destroy();
      await unlink(tempPath).catch(() => undefined);
      pending.delete(tempPath);
    },
  };
}

/**
 * Deletes every temporary file not yet committed, synchronously: for signal handlers and the
 * process `exit` event, where asynchronous work no longer runs.
 *
 * @example
 * process.on('exit', removePendingFilesSync);
 */
export function removePendingFilesSync(): void {
  for (const tempPath of pending) {
    try {
      unlinkSync(tempPath);
    } catch {
      // Already gone.
    }
    pending.delete(tempPath);
  }
}
