import { describe, expect, it } from 'vitest';
import { externalIdOf } from '../../../src/cli/records/external-id';

describe('externalIdOf', () => {
  it.each([
    ['migrate', { job: { external_id: 'AAA123' } }, 'AAA123'],
    ['migrate', { job: { external_id: 42 } }, '42'],
    ['migrate', { job: {} }, undefined],
    ['migrate', { job: 'x' }, undefined],
    ['migrate', [1], undefined],
    ['migrate', null, undefined],
    ['validate', { external_ids: ['W1', 'W2'] }, 'W1'],
    ['validate', { external_ids: [] }, undefined],
    ['validate', { external_ids: 'W1' }, undefined],
    ['validate', 'text', undefined],
  ] as const)('%s %j → %j', (command, value, id) => {
    expect(externalIdOf(command, value)).toBe(id);
  });
});
