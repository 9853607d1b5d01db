import type { TimezoneResolver } from '../../time/resolver';
import type { Task } from './task';

/**
 * The time zone resolver a task asks for (`--infer-timezone`): `inferTimezone` from
 * `dispatch-workorder/timezone`, imported only then, so runs without the flag never load its US ZIP
 * table. `undefined` when the task does not ask for it. Each thread (main or worker) loads its own.
 *
 * @example
 * const resolver = await loadResolver(task);
 * processBatch(batch, task, resolver);
 */
export async function loadResolver(task: Task): Promise<TimezoneResolver | undefined> {
  if (!task.inferTimezone) return undefined;
  const { inferTimezone } = await import('../../time/timezone');
  return inferTimezone;
}
