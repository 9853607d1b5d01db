import type { CommandName } from './task';

/**
 * The external id of a record, for the report: `job.external_id` of a Job Offer (`migrate`), the
 * first entry of `external_ids` of a Work Order (`validate`). `undefined` when the record has none
 * or is not shaped that way. Never throws.
 *
 * @example
 * externalIdOf('migrate', { job: { external_id: 'AAA123' } }); // 'AAA123'
 * externalIdOf('validate', { external_ids: ['AAA123'] });       // 'AAA123'
 */
export function externalIdOf(command: CommandName, value: unknown): string | undefined {
  if (!isRecord(value)) return undefined;
  if (command === 'migrate') {
    const job = value['job'];
    const id = isRecord(job) ? job['external_id'] : undefined;
    return typeof id === 'string' || typeof id === 'number' ? String(id) : undefined;
  }
  const ids = value['external_ids'];
  const first: unknown = Array.isArray(ids) ? ids[0] : undefined;
  return typeof first === 'string' ? first : undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
