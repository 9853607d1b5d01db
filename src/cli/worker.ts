// Worker thread of the CLI: processes the batches the main thread sends, in the order they come.
import { parentPort, workerData } from 'node:worker_threads';
import { processBatch } from './records/process-batch';
import type { WorkerData, WorkerReply, WorkerRequest } from './records/worker-messages';

const { task } = workerData as WorkerData;
parentPort?.on('message', ({ id, batch }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: processBatch(batch, task) };
  } catch (error) {
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort?.postMessage(reply);
});
