import type { MockCore } from './core';
import type { MockDispatchControls } from './types';

/** @internal The core's controls, with the adapter's own properties, as one object. */
export function withControls<Extra extends object>(core: MockCore, extra: Extra): MockDispatchControls & Extra {
  return Object.assign(
    Object.defineProperties(
      {},
      {
        received: { get: () => core.received, enumerable: true },
        records: { get: () => core.records, enumerable: true },
      },
    ) as Pick<MockDispatchControls, 'received' | 'records'>,
    { fail: core.fail, expireToken: core.expireToken, reset: core.reset },
    extra,
  );
}
