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

/**
 * @internal Builds the token source of one client. Concurrent requests share one `getToken` call;
 * a failed call is not remembered, so the next request tries again.
 */
export function tokenSource(token: string | undefined, getToken: GetToken | undefined): TokenSource {
  let value = token;
  let pending: Promise<string> | undefined;

  const fetchToken = (): Promise<string> => {
    if (getToken === undefined) return Promise.reject(new TypeError('dispatch-workorder: no getToken to refresh the token with.'));
    if (pending === undefined) {
      const fetching = Promise.resolve()
        .then(() => getToken())
        .then((token) => (value = checkToken(token, 'the value getToken returned')));
      const settle = (): void => {
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
