import { expectTypeOf, test } from 'vitest';
import { ERROR_CODES, WARNING_CODES, type ErrorCode, type WarningCode } from '../../src/issues/issue';

// `ErrorCode` and `WarningCode` are spelled out as unions (so that the reference and the published
// declarations list the codes); the lists the code iterates over hold exactly the same codes.
test('ERROR_CODES and WARNING_CODES hold exactly the codes of their unions', () => {
  expectTypeOf<(typeof ERROR_CODES)[number]>().toEqualTypeOf<ErrorCode>();
  expectTypeOf<(typeof WARNING_CODES)[number]>().toEqualTypeOf<WarningCode>();
});
