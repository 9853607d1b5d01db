/**
 * `dispatch-workorder/testing`: test helpers for integrators. Vitest/jest matchers, a fixture-pair
 * runner, fast-check arbitraries (fast-check is an optional peer dependency: install it to use
 * this subpath), and a mock Dispatch API, as a local HTTP server or as msw handlers (msw is an
 * optional peer dependency too, loaded only by `mockDispatchHandlers`). See the
 * [testing guide](../../docs/testing.md).
 *
 * @module dispatch-workorder/testing
 */
export { address, anyJson, broken, emailAddress, jobOffer, phoneNumber, workOrder, type PayloadArbitraryOptions } from './arbitraries';
export { checkFixturePairs, type CheckFixturePairsOptions, type FixturePairResult } from './check-fixture-pairs';
export { matchers, type MatcherContext, type MatcherResult, type WorkOrderMatchers } from './matchers';
export {
  mockDispatchHandlers,
  startMockDispatch,
  type MockAppointment,
  type MockCustomer,
  type MockDispatch,
  type MockDispatchControls,
  type MockDispatchHandlers,
  type MockDispatchHandlersOptions,
  type MockDispatchOptions,
  type MockErrorDetail,
  type MockFault,
  type MockJob,
  type MockRecords,
  type MockServiceProvider,
  type ReceivedRequest,
} from './mock-dispatch';

// Fixture pairs in any runner: a failed pair as an assertion error with its diff and issues.
export { assertFixturePair } from './assert-fixture-pair';

import { address, anyJson, broken, emailAddress, jobOffer, phoneNumber, workOrder } from './arbitraries';

/**
 * The fast-check arbitraries as one object: `jobOffer()` and `workOrder()` (valid by construction),
 * `broken(base)` and `anyJson()` (hostile), and the `phoneNumber()`, `emailAddress()` and
 * `address()` they are built from.
 *
 * @example
 * fc.assert(fc.property(arbitraries.jobOffer({ maxPhones: 5 }), (offer) => {
 *   expect(offer).toMigrateTo(myOwnMigration(offer));
 * }));
 *
 * @category Arbitraries
 */
export const arbitraries = {
  /** Job Offers that migrate, see {@link jobOffer}. */
  jobOffer,
  /** Work Orders that validate, see {@link workOrder}. */
  workOrder,
  /** Any JSON value, hostile shapes included, see {@link anyJson}. */
  anyJson,
  /** Broken variants of a payload, see {@link broken}. */
  broken,
  /** US and Canadian phone numbers in their usual spellings, see {@link phoneNumber}. */
  phoneNumber,
  /** Email addresses, see {@link emailAddress}. */
  emailAddress,
  /** US and Canadian addresses, see {@link address}. */
  address,
} as const;
