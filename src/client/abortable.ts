/**
 * @internal `pending`, or a rejection with the signal's reason as soon as `signal` aborts: a wait
 * that ends on abort even when what is awaited ignores the signal (a custom `fetch`, a token
 * function, a stream). `pending` is still awaited in the background, so its failure is never unhandled.
 */
export function abortable<T>(pending: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (signal === undefined) return pending;
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
    pending.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}
