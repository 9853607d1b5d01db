import { describe, expect, expectTypeOf, it } from 'vitest';
import { ERROR_CODES, WARNING_CODES, type NoteCode } from '../../../src/issues/issue';
import { CLI_CODES, KNOWN_CODES, NOTE_CODES } from '../../../src/cli/records/known-codes';

describe('KNOWN_CODES', () => {
  it('holds every code a stderr line can carry, once each', () => {
    expect(KNOWN_CODES).toEqual([...ERROR_CODES, ...WARNING_CODES, 'timezone_inferred', 'invalid_json']);
    expect(new Set(KNOWN_CODES).size).toBe(KNOWN_CODES.length);
    expect(CLI_CODES).toEqual(['invalid_json']);
  });

  it("lists exactly the library's note codes", () => {
    // A note code added to the library without being added here fails to compile this test.
    expectTypeOf<(typeof NOTE_CODES)[number]>().toEqualTypeOf<NoteCode>();
  });
});
