import type { Reply } from '../reply';
import { message } from '../reply';
import { parseRoute, type RoutePattern } from '../route-pattern';
import type { Store } from '../store';
import { createAppointment } from './create-appointment';
import { createWorkOrder } from './create-work-order';
import { COLLECTIONS, getRecord } from './get-record';
import { updateJob } from './update-job';

/** @internal A route of the mock: its pattern, and what it answers given the store, the path's `:id` and the parsed body. */
export interface Route {
  readonly pattern: RoutePattern;
  /** Whether the route reads a JSON body (a `POST` or a `PATCH`). */
  readonly hasBody: boolean;
  answer(store: Store, id: number, body: unknown): Reply;
}

const route = (source: string, answer: Route['answer']): Route => {
  const pattern = parseRoute(source);
  return { pattern, hasBody: pattern.method !== 'GET', answer };
};

/** @internal Every route of the mock, in the order they are tried. */
export const ROUTES: readonly Route[] = [
  route('POST /v3/workorder', (store, _id, body) => createWorkOrder(store, body)),
  route('POST /v3/appointments', (store, _id, body) => createAppointment(store, body)),
  route('PATCH /v3/jobs/:id', (store, id, body) => updateJob(store, id, body)),
  ...Object.keys(COLLECTIONS).map((collection) =>
    route(`GET /v3/${collection}/:id`, (store, id) => getRecord(store, collection as keyof typeof COLLECTIONS, id)),
  ),
];

/** @internal The answer for a path no route has: 405 when another method has it, else 404. */
export function noRoute(method: string, path: string): Reply {
  const methods = ROUTES.filter((r) => r.pattern.match(r.pattern.method, path) !== undefined).map((r) => r.pattern.method);
  const list = ROUTES.map((r) => r.pattern.source).join(', ');
  if (methods.length > 0) return message(405, `${method} ${path} is not a route of the mock; ${path} answers ${methods.join(' and ')}.`, { allow: methods.join(', ') });
  return message(404, `${method} ${path} is not a route of the mock Dispatch API; it answers ${list}.`);
}
