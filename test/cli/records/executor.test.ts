import { describe, expect, it } from 'vitest';
import { inlineExecutor, workerExecutor } from '../../../src/cli/records/executor';
import { processBatch } from '../../../src/cli/records/process-batch';
import type { RecordInput, Task } from '../../../src/cli/records/task';
import { inferTimezone } from '../../../src/time/timezone';
import { guideOffer, titleMissingOffer, withExternalId } from '../support/records';
import { builtWorkerUrl } from '../support/run-main';

const task: Task = { command: 'migrate', options: {}, inferTimezone: false, indent: 0, quiet: false, ignore: [], collectReport: true };
const batch = (from: number): RecordInput[] => [
  { record: from, value: withExternalId(guideOffer, `E${from}`) },
  { record: from + 1, text: JSON.stringify(titleMissingOffer) },
];
const standIn = (name: string): URL => new URL(`../support/workers/${name}.mjs`, import.meta.url);

describe('inlineExecutor', () => {
  it('processes a batch in this thread, one at a time', async () => {
    const executor = inlineExecutor(task);
    expect(executor.capacity).toBe(1);
    expect(await executor.run(batch(1))).toEqual(processBatch(batch(1), task));
    await executor.close();
  });

  it('loads the time zone resolver when the task asks for it, and passes it on', async () => {
    const withZones: Task = { ...task, inferTimezone: true };
    const result = await inlineExecutor(withZones).run(batch(1));
    expect(result).toEqual(processBatch(batch(1), withZones, inferTimezone));
    expect(result.notes).toBe(1);
    expect(result.noted.map((n) => [n.record, n.external_id, n.notes.map((note) => note.code)])).toEqual([[1, 'E1', ['timezone_inferred']]]);
  });
});

describe('workerExecutor', () => {
  it('processes batches on worker threads, giving what the main thread would', async () => {
    const executor = workerExecutor(builtWorkerUrl(), { ...task, inferTimezone: true }, 2);
    try {
      expect(executor.capacity).toBe(16);
      const results = await Promise.all([1, 3, 5].map((from) => executor.run(batch(from))));
      expect(results).toEqual([1, 3, 5].map((from) => processBatch(batch(from), { ...task, inferTimezone: true }, inferTimezone)));
    } finally {
      await executor.close();
    }
  }, 30_000);

  it('processes in this thread a batch that cannot be copied to a thread (nested thousands of levels deep), with the same result', async () => {
    const deep = JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`) as unknown;
    const executor = workerExecutor(builtWorkerUrl(), task, 1);
    try {
      const nested: RecordInput[] = [{ record: 1, value: guideOffer }, { record: 2, value: deep }, { record: 3, value: { ...guideOffer, extra: deep } }];
      const [before, deepBatch, after] = await Promise.all([executor.run(batch(1)), executor.run(nested), executor.run(batch(5))]);
      expect(deepBatch).toEqual(processBatch(nested, task));
      expect([deepBatch.succeeded, deepBatch.failed]).toEqual([2, 1]);
      expect(deepBatch.failures.map((f) => [f.record, f.issues.map((i) => i.code)])).toEqual([[2, ['invalid_type']]]);
      // The threads go on with the other batches.
      expect([before, after]).toEqual([processBatch(batch(1), task), processBatch(batch(5), task)]);
    } finally {
      await executor.close();
    }
  }, 30_000);

  it('rejects a batch whose worker replied with an error', async () => {
    const executor = workerExecutor(standIn('reply-error'), task, 1);
    try {
      await expect(executor.run(batch(1))).rejects.toThrow('Error: batch 0 failed');
    } finally {
      await executor.close();
    }
  });

  it('fails every batch, then and later, once a worker stops', async () => {
    const executor = workerExecutor(standIn('exit'), task, 2);
    try {
      const first = executor.run(batch(1));
      const second = executor.run(batch(3));
      await expect(first).rejects.toThrow('a worker thread stopped (exit code 3)');
      await expect(second).rejects.toThrow('a worker thread stopped (exit code 3)');
      await expect(executor.run(batch(5))).rejects.toThrow('a worker thread stopped (exit code 3)');
    } finally {
      await executor.close();
    }
  });

  it('fails when a worker cannot start', async () => {
    const executor = workerExecutor(standIn('throw'), task, 1);
    try {
      await expect(executor.run(batch(1))).rejects.toThrow('worker failed to start');
    } finally {
      await executor.close();
    }
  });
});
