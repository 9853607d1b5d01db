import { describe, expect, it } from 'vitest';
import { detectShape } from '../../../src/cli/input/detect-shape';

describe('detectShape', () => {
  it.each([
    ['[', false, 'array'],
    ['  \n\t[{"a":1}', false, 'array'],
    ['\uFEFF[1]', true, 'array'],
    ['{"a":1}\n{"a"', false, 'ndjson'],
    ['{"a":1}', true, 'ndjson'],
    ['\n\n  {"a":1}  \r\n', false, 'ndjson'],
    ['"text"\n', false, 'ndjson'],
    ['42\n', false, 'ndjson'],
    ['', true, 'ndjson'],
    [' \n \n', true, 'ndjson'],
    ['{\n  "a": 1\n}', false, 'document'],
    ['{"a": 1,\n "b": 2}', false, 'document'],
    ['{"a":', true, 'document'],
    ['not json\n', false, 'document'],
  ] as const)('%j (ended: %s) is %s', (head, ended, shape) => {
    expect(detectShape(head, ended)).toBe(shape);
  });

  it.each([
    ['', false],
    ['   \n  ', false],
    ['{"a":1}', false],
    ['  {"a": {"b"', false],
  ] as const)('%j (ended: %s) needs more input', (head, ended) => {
    expect(detectShape(head, ended)).toBeUndefined();
  });
});
