import { Worker } from 'node:worker_threads';
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
 * An executor that processes each batch in the main thread, synchronously.
 *
 * @example
 * const executor = inlineExecutor(task);
 */
export function inlineExecutor(task: Task): Executor {
  return { run: async (batch) => processBatch(batch, task), capacity: 1, close: async () => undefined };
}

/** Batches queued per worker: enough to keep it busy while the main thread is not scheduled. */
const QUEUED_PER_WORKER = 8;

/**
 * An executor with `size` worker threads running {@link processBatch} (the `worker.js` bundle next
 * to the CLI). Each worker has at most {@link QUEUED_PER_WORKER} batches queued, so memory stays
 * bounded (a batch is at most one 64 KiB input chunk of NDJSON, or 256 array elements).
 *
 * @param workerUrl - URL of the worker bundle.
 * @param size - Number of threads, at least 1.
 *
 * @example
 * const executor = workerExecutor(new URL('./worker.js', import.meta.url), task, 2);
 */
export function workerExecutor(workerUrl: URL, task: Task, size: number): Executor {
  const data: WorkerData = { task };
  const workers = Array.from({ length: size }, () => new Worker(workerUrl, { workerData: data }));
  const waiting = new Map<number, { resolve: (result: BatchResult) => void; reject: (error: Error) => void }>();
  const load = new Map<Worker, number>(workers.map((worker) => [worker, 0]));
  let nextId = 0;
  let failure: Error | undefined;
  let closing = false;
  const fail = (error: Error): void => {
    failure ??= error;
    for (const { reject } of waiting.values()) reject(error);
    waiting.clear();
  };
  for (const worker of workers) {
    worker.on('message', (reply: WorkerReply) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      const pending = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) pending?.reject(new Error(reply.error));
      else pending?.resolve(reply.result);
    });
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
  }
  return {
    capacity: size * QUEUED_PER_WORKER,
    run(batch) {
      if (failure !== undefined) return Promise.reject(failure);
      // The least busy worker; ties go to the first.
      let target = workers[0] as Worker;
      for (const worker of workers) if ((load.get(worker) ?? 0) < (load.get(target) ?? 0)) target = worker;
      load.set(target, (load.get(target) ?? 0) + 1);
      const id = nextId++;
      const request: WorkerRequest = { id, batch };
      return new Promise<BatchResult>((resolve, reject) => {
        waiting.set(id, { resolve, reject });
        target.postMessage(request);
      });
    },
    async close() {
      closing = true;
      await Promise.all(workers.map((worker) => worker.terminate()));
    },
  };
}
