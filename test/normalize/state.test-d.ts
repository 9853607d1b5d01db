import { expectTypeOf, test } from 'vitest';
import type { ListedStateCode, StateCode } from '../../src/normalize/state';

test('StateCode names exactly the codes normalizeState accepts', () => {
  expectTypeOf<StateCode>().toEqualTypeOf<ListedStateCode>();
});
