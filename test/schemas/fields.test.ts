import { expect, test } from 'vitest';
import * as z from 'zod';
import { TimestampSchema } from '../../src/schemas/fields';
import { TIMESTAMP_PATTERN } from '../../src/normalize/timestamp';

test("a timestamp's JSON Schema describes what may be sent, with the library's one grammar", () => {
  expect(z.toJSONSchema(TimestampSchema, { io: 'input' })).toEqual({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    type: 'string',
    description: 'An ISO 8601 timestamp with "Z" or an offset, e.g. "2017-01-01T05:00:00Z" or "2017-01-01T00:00-05:00".',
    pattern: TIMESTAMP_PATTERN,
  });
});
