import * as z from 'zod';
import type { WorkOrderCreated } from '../requests/types';
import type { FailedRequest } from './errors';
import { invalidAnswer } from './failures';

// What each endpoint answers with a 2xx, as zod schemas. A method resolves only with an answer its
// schema accepts, so its type is true; anything else is an `invalid_response` ApiError.

/**
 * A Dispatch record as the API returns it: a JSON object whose fields are the platform's.
 *
 * @category API client and requests
 */
export type ApiRecord = { readonly [field: string]: unknown };

/** @internal What an endpoint answers: its schema, and how a message names it. */
export interface Answer<T> {
  /** The answer's schema, built on first use. */
  readonly schema: () => z.ZodType<T>;
  /** E.g. `a JSON object`: the message says the body is not that. */
  readonly name: string;
  /** Whether the message says which field is wrong (for answers with known fields). */
  readonly detailed: boolean;
}

/** A JSON value (or a missing one) as a message shows it. */
function shown(value: unknown): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** What a JSON value that is not an object is: `null`, `an array`, `a number`… */
function kind(value: unknown): string {
  if (value === null) return 'null';
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}

function anyObject(): z.ZodType<ApiRecord> {
  return z.record(z.string(), z.unknown(), { error: (issue) => `expected an object, got ${kind(issue.input)}` });
}

function id(what: string): z.ZodInt {
  const error = (issue: { readonly input?: unknown }): string => `expected ${what}, got ${shown(issue.input)}`;
  return z.int({ error }).positive({ error });
}

function workOrderCreated(): z.ZodType<WorkOrderCreated> {
  return z.looseObject(
    {
      service_provider_id: id('a whole number above 0'),
      primary_contact_id: id('a whole number above 0'),
      job_id: id('a whole number above 0'),
      appointment_id: id('a whole number above 0 or null').nullable(),
    },
    { error: (issue) => `expected an object, got ${kind(issue.input)}` },
  );
}

/** Builds a schema on first use: one built at import would stay in the bundle of every app that imports the library. */
function once<T>(build: () => T): () => T {
  let schema: T | undefined;
  return () => (schema ??= build());
}

/** @internal The answer to `POST /v3/workorder`: the ids of what it created or matched. */
export const WORK_ORDER_CREATED: Answer<WorkOrderCreated> = { schema: /* @__PURE__ */ once(workOrderCreated), name: 'a Work Order answer', detailed: true };

/** @internal The answer of a `GET`: a record. */
export const RECORD: Answer<ApiRecord> = { schema: /* @__PURE__ */ once(anyObject), name: 'a JSON object', detailed: false };

/** @internal The answer to a status change or a new appointment: a record, or nothing. */
export const RECORD_OR_EMPTY: Answer<ApiRecord | null> = {
  schema: /* @__PURE__ */ once(() => anyObject().nullable()),
  name: 'a JSON object',
  detailed: false,
};

/**
 * @internal Parses a 2xx body (`null` when empty) and checks it against `answer`. Returns the
 * parsed JSON itself, never a copy, so no key is lost or reinterpreted (a `"__proto__"` key stays data).
 *
 * @throws {ApiError} `invalid_response` when the body is not JSON or not what `answer` describes.
 */
export function checkAnswer<T>(answer: Answer<T>, text: string, status: number, request: FailedRequest): T {
  let body: unknown = null;
  if (text.trim() !== '') {
    try {
      body = JSON.parse(text) as unknown;
    } catch {
      throw invalidAnswer(request, status, text, 'a body that is not JSON');
    }
  }
  const parsed = answer.schema().safeParse(body);
  if (parsed.success) return body as T;
  const issue = parsed.error.issues[0];
  const where = issue === undefined || issue.path.length === 0 ? 'the body' : issue.path.join('.');
  const detail = answer.detailed && issue !== undefined ? ` (${where}: ${issue.message})` : '';
  throw invalidAnswer(request, status, body, `a body that is not ${answer.name}${detail}`);
}
