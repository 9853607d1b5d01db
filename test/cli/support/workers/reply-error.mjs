// A CLI worker thread stand-in for the executor tests: answers every batch with an error.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', ({ id }) => parentPort.postMessage({ id, error: `Error: batch ${id} failed` }));
