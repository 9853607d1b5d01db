// Importing this module (`import 'dispatch-workorder/testing/jest'`, e.g. in a setup file or a
// .d.ts) adds the Work Order matchers to jest's `expect` types, so they autocomplete.
import type { WorkOrderMatchers } from './matchers';

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace jest {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface Matchers<R> extends WorkOrderMatchers<R> {}
  }
}

export {};
