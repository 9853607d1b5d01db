/**
 * `dispatch-workorder/testing`: test helpers for integrators. Vitest/jest matchers, a fixture-pair
 * runner and fast-check arbitraries (fast-check is an optional peer dependency: install it to use
 * this subpath).
 *
 * @packageDocumentation
 */
export { address, anyJson, broken, emailAddress, jobOffer, phoneNumber, workOrder, type PayloadArbitraryOptions } from './arbitraries';
export { checkFixturePairs, type CheckFixturePairsOptions, type FixturePairResult } from './check-fixture-pairs';
export { matchers, type MatcherContext, type MatcherResult, type WorkOrderMatchers } from './matchers';

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
 */
export const arbitraries = { jobOffer, workOrder, anyJson, broken, phoneNumber, emailAddress, address } as const;
