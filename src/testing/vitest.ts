// Importing this module (`import 'dispatch-workorder/testing/vitest'`, e.g. in a setup file or a
// .d.ts) adds the Work Order matchers to vitest's `expect` types, so they autocomplete.
import type { WorkOrderMatchers } from './matchers';

declare module 'vitest' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-explicit-any
  interface Matchers<T = any> extends WorkOrderMatchers<T> {}
}

export {};
