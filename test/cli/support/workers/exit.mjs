// A CLI worker thread stand-in for the executor tests: stops (exit code 3) at the first batch.
import { parentPort } from 'node:worker_threads';

parentPort.on('message', () => process.exit(3));
