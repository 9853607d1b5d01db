import { describe, expect, it } from 'vitest';
import type { BufferedWriter } from '../../../src/cli/output/buffered-writer';
import { createRecordWriter } from '../../../src/cli/output/record-writer';

function capture(): BufferedWriter & { text: () => string } {
  let text = '';
  return { write: (t) => void (text += t), full: () => false, flush: async () => undefined, text: () => text };
}

describe('createRecordWriter', () => {
  it.each([
    ['ndjson', [['{"a":1}'], [], ['{"a":2}', '{"a":3}']], '{"a":1}\n{"a":2}\n{"a":3}\n'],
    ['ndjson', [], ''],
    ['document', [['{\n  "a": 1\n}']], '{\n  "a": 1\n}\n'],
    ['document', [[]], ''],
    ['array', [['{"a":1}'], [], ['{"a":2}']], '[\n{"a":1},\n{"a":2}\n]\n'],
    ['array', [[]], '[]\n'],
  ] as const)('%s %j', (shape, batches, expected) => {
    const out = capture();
    const writer = createRecordWriter(shape, out);
    for (const batch of batches) writer.write(batch);
    writer.end();
    expect(out.text()).toBe(expected);
  });
});
