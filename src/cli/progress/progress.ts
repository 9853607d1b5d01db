import { MultiBar, type SingleBar } from 'cli-progress';
import type { Writable } from 'node:stream';

/** Progress of a run on stderr; every method does nothing when progress is not shown. */
export interface Progress {
  /** Reports records done and, when the input size is known, bytes read. */
  update(records: number, bytes: number): void;
  /** True while the bar is drawn: stderr text must then go through {@link Progress.log}. */
  active(): boolean;
  /** Writes text to stderr above the bar (issue lines). */
  log(text: string): void;
  /** Removes the bar. */
  stop(): void;
}

/** When progress may be shown. */
export interface ProgressOptions {
  /** Where progress goes: stderr. */
  readonly stream: Writable & { readonly isTTY?: boolean };
  /** Input size in bytes, or `undefined` (stdin): a bar is drawn only when the size is known. */
  readonly total: number | undefined;
  /** `--quiet`: no progress. */
  readonly quiet: boolean;
  /** Shown only for runs still going after this many milliseconds, so small inputs never show it. */
  readonly delayMs?: number;
}

/**
 * True when progress may be shown: stderr is a terminal and the run is not `--quiet`. Progress never
 * goes to stdout and never appears when stderr is piped or redirected.
 *
 * @example
 * shouldShowProgress({ stream: process.stderr, total: undefined, quiet: false });
 */
export function shouldShowProgress(options: ProgressOptions): boolean {
  return options.stream.isTTY === true && !options.quiet;
}

/**
 * Starts progress reporting with cli-progress: records done and rate, plus a bar and ETA when the
 * input size is known. The bar appears only once the run has lasted `delayMs` (1 s by default),
 * which is how "large enough to matter" is decided. While the bar is shown, issue lines are written
 * above it through cli-progress's `log` (a terminal: synchronous writes).
 *
 * @example
 * const progress = startProgress({ stream: process.stderr, total: size, quiet: false });
 * progress.update(records, bytes);
 * progress.stop();
 */
export function startProgress(options: ProgressOptions): Progress {
  const { stream, total } = options;
  if (!shouldShowProgress(options)) {
    return { update: () => undefined, active: () => false, log: (text) => void stream.write(text), stop: () => undefined };
  }
  const started = Date.now();
  let multibar: MultiBar | undefined;
  let bar: SingleBar | undefined;
  let records = 0;
  let bytes = 0;
  const payload = (): { records: number; rate: number } => {
    // At least a millisecond, so the rate is a number from the first update on.
    const seconds = Math.max(Date.now() - started, 1) / 1000;
    return { records, rate: Math.round(records / seconds) };
  };
  const timer = setTimeout(() => {
    multibar = new MultiBar({
      stream,
      format: total === undefined ? '{records} records | {rate} records/s' : '[{bar}] {percentage}% | ETA {eta_formatted} | {records} records | {rate} records/s',
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
    });
    bar = multibar.create(total ?? 0, bytes, payload());
  }, options.delayMs ?? 1000);
  timer.unref();
  return {
    update(doneRecords, doneBytes) {
      records = doneRecords;
      bytes = doneBytes;
      bar?.update(total === undefined ? 0 : Math.min(bytes, total), payload());
    },
    active: () => multibar !== undefined,
    log(text) {
      if (multibar === undefined) stream.write(text);
      else multibar.log(text);
    },
    stop() {
      clearTimeout(timer);
      // MultiBar buffers log lines until its next redraw (10 per second) and stop() drops what is
      // still buffered (npkgz/cli-progress#145): redraw once first, so the last issue lines appear.
      multibar?.update();
      multibar?.stop();
    },
  };
}
