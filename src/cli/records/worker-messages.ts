import type { BatchResult, RecordInput, Task } from './task';

/** `workerData` of a CLI worker thread. */
export interface WorkerData {
  /** The task every batch is processed with. */
  readonly task: Task;
}

/** A batch sent to a worker. */
export interface WorkerRequest {
  /** Matches the reply to the request. */
  readonly id: number;
  /** The records. */
  readonly batch: readonly RecordInput[];
}

/** A worker's reply: the batch's result or the error that stopped it. */
export type WorkerReply = { readonly id: number; readonly result: BatchResult } | { readonly id: number; readonly error: string };
