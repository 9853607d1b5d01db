import { describe, expect, test } from 'vitest';
import { abortable } from '../../src/client/abortable';

describe('abortable', () => {
  test('with a signal aborted already, rejects with its reason and still handles the rejection of what it waited for', async () => {
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown): void => void unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      await expect(abortable(Promise.reject(new Error('late failure')), AbortSignal.abort(new Error('stop')))).rejects.toThrow('stop');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(unhandled).toStrictEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  test('without a signal, is what it waits for', async () => {
    const pending = Promise.resolve(1);
    expect(abortable(pending, undefined)).toBe(pending);
  });
});
