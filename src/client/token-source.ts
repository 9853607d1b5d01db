import { checkToken, type GetToken } from './options';

/** @internal Hands out the bearer token and refreshes it after a 401, one `getToken` call at a time. */
export interface TokenSource {
  /** True when a refused token can be replaced (a `getToken` was given). */
  readonly canRefresh: boolean;
  /** The current token, fetching the first one when needed. */
  current(): Promise<string>;
  /**
   * A token other than `refused`: the one another request already fetched, the one being fetched,
   * or a new one from `getToken`.
   */
  refresh(refused: string): Promise<string>;
}

/** @internal Why a token did not come: `getToken` did not settle within the time limit. */
export class TokenTimeout extends Error {
  override readonly name = 'TokenTimeout';
}

/**
 * @internal Builds the token source of one client. Concurrent requests share one `getToken` call,
 * which gets `timeoutMs` to settle: then its signal aborts and every request waiting for it fails
 * with {@link TokenTimeout}. A call that failed or timed out is not remembered, so the next
 * request tries again.
 */
export function tokenSource(token: string | undefined, getToken: GetToken | undefined, timeoutMs: number): TokenSource {
  let value = token;
  let pending: Promise<string> | undefined;

  const fetchToken = (): Promise<string> => {
    if (getToken === undefined) return Promise.reject(new TypeError('dispatch-workorder: no getToken to refresh the token with.'));
    if (pending === undefined) {
      const controller = new AbortController();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const expired = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          const message = `getToken did not settle within ${timeoutMs} ms`;
          controller.abort(new DOMException(message, 'TimeoutError'));
          reject(new TokenTimeout(message));
        }, timeoutMs);
      });
      const asked = Promise.resolve().then(() => getToken({ signal: controller.signal }));
      const fetching = Promise.race([asked, expired]).then((token) => (value = checkToken(token)));
      const settle = (): void => {
        clearTimeout(timer);
        if (pending === fetching) pending = undefined;
      };
      fetching.then(settle, settle);
      pending = fetching;
    }
    return pending;
  };

  return {
    canRefresh: getToken !== undefined,
    current: () => pending ?? (value !== undefined ? Promise.resolve(value) : fetchToken()),
    refresh: (refused) => pending ?? (value !== undefined && value !== refused ? Promise.resolve(value) : fetchToken()),
  };
}
