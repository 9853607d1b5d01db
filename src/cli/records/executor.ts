import { Worker } from 'node:worker_threads';
import type { TimezoneResolver } from '../../time/resolver';
import { loadResolver } from './load-resolver';
import { processBatch } from './process-batch';
import type { BatchResult, RecordInput, Task } from './task';
import type { WorkerData, WorkerReply, WorkerRequest } from './worker-messages';

/** Runs batches, in the main thread or on worker threads. */
export interface Executor {
  /** Processes a batch; results may arrive out of order, callers keep them in order. */
  run(batch: readonly RecordInput[]): Promise<BatchResult>;
  /** How many batches may be in flight at once. */
  readonly capacity: number;
  /** Stops the worker threads. */
  close(): Promise<void>;
}

/**
 * An executor that processes each batch in the main thread, synchronously (once the time zone
 * resolver, when the task asks for it, is loaded: at the first batch).
 *
 * @example
 * const executor = inlineExecutor(task);
 */
export function inlineExecutor(task: Task): Executor {
  let resolver: Promise<TimezoneResolver | undefined> | undefined;
  return { run: async (batch) => processBatch(batch, task, await (resolver ??= loadResolver(task))), capacity: 1, close: async () => undefined };
}

/** Batches queued per worker: enough to keep it busy while the main thread is not scheduled. */
const QUEUED_PER_WORKER = 8;

/**
 * An executor with `size` worker threads running {@link processBatch} (the `worker.js` bundle next
 * to the CLI). Each worker has at most {@link QUEUED_PER_WORKER} batches queued, so memory stays
 * bounded (a batch is at most one 64 KiB input chunk of NDJSON, or 256 array elements). A batch
 * that cannot be copied to a thread (a record nested thousands of levels deep overflows the copy's
 * stack) is processed in the main thread instead, with the same result.
 *
 * @param workerUrl - URL of the worker bundle.
 * @param size - Number of threads, at least 1.
 *
 * @example
 * const executor = workerExecutor(new URL('./worker.js', import.meta.url), task, 2);
 */
export function workerExecutor(workerUrl: URL, task: Task, size: number): Executor {
  const data: WorkerData = { task };
  // Each worker with the number of batches it has been sent and not yet answered.
  const slots = Array.from({ length: size }, () => ({ worker: new Worker(workerUrl, { workerData: data }), load: 0 }));
  const waiting = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>();
  // For the batches that cannot be sent to a thread.
  const inMainThread = inlineExecutor(task);
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const slot of slots) {
    slot.worker.on('message', (reply: WorkerReply) => {
      slot.load -= 1;
      // A reply after a failure has no one waiting for it any more.
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
    slot.worker.on('error', fail);
    slot.worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
  }
  return {
    capacity: size * QUEUED_PER_WORKER,
    run(batch) {
      if (failure !== undefined) return Promise.reject(failure);
      // The least busy worker; ties go to the first.
      const target = slots.reduce((least, slot) => (slot.load < least.load ? slot : least));
      target.load += 1;
      const id = nextId++;
      const request: WorkerRequest = { id, batch };
      const reply = new Promise<BatchResult>((resolve, reject) => waiting.set(id, { resolve, reject }));
      try {
        target.worker.postMessage(request);
        return reply;
      } catch {
        // The batch cannot be copied to the thread: a record nested so deep that copying it overflows
        // the stack (a few thousand levels). The main thread processes it instead, with the same
        // result, so the record fails or passes as it would with --jobs 1.
        waiting.delete(id);
        target.load -= 1;
        return inMainThread.run(batch);
      }
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
