import { checkId } from './check-id';
import type { RequestResult } from './types';

/** @internal Builds `GET /v3/<collection>/:id` after checking the id, reported at `[name]`. */
export function getById(collection: string, id: number, name: string): RequestResult<undefined> {
  const issues = checkId(id, name);
  if (issues.length > 0) return { success: false, issues };
  return { success: true, request: { method: 'GET', path: `/v3/${collection}/${id}`, body: undefined }, issues };
}
