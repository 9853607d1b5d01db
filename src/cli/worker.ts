// Worker thread of the CLI: processes the batches the main thread sends, in the order they come.
import { parentPort, workerData } from 'node:worker_threads';
import { loadResolver } from './records/load-resolver';
import { processBatch } from './records/process-batch';
import type { WorkerData, WorkerReply, WorkerRequest } from './records/worker-messages';

const { task } = workerData as WorkerData;
// Loaded once per thread, only with --infer-timezone.
const resolver = loadResolver(task);
parentPort?.on('message', async ({ id, batch }: WorkerRequest) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: processBatch(batch, task, await resolver) };
  } catch (error) {
    // The message only: the CLI prints one line per error, never a stack trace.
    reply = { id, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
