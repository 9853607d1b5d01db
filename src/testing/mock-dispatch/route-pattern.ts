// A route such as `POST /v3/workorder` or `PATCH /v3/jobs/:id`: a method (or `*` for any) and a
// path whose segments are literal, `:name` (any one segment) or a final `*` (the rest of the path).

/** @internal A parsed route; `match` gives the `:name` segments of a matching request, or `undefined`. */
export interface RoutePattern {
  /** The route as written, e.g. `PATCH /v3/jobs/:id`. */
  readonly source: string;
  /** The method, upper case, or `*`. */
  readonly method: string;
  match(method: string, path: string): Readonly<Record<string, string>> | undefined;
}

const METHOD = /^(\*|[A-Za-z]+)$/;
const SEGMENT = /^(\*|:[A-Za-z_][A-Za-z0-9_]*|[A-Za-z0-9._~!$&'()+,;=@-]+)$/;

/**
 * @internal Parses a route.
 * @throws {TypeError} When `route` is not a method, one space and a path of valid segments.
 */
export function parseRoute(route: string): RoutePattern {
  const parts = typeof route === 'string' ? route.trim().split(/\s+/) : [];
  const [method, path] = parts;
  const segments = path?.split('/').slice(1) ?? [];
  const valid =
    parts.length === 2 &&
    method !== undefined &&
    METHOD.test(method) &&
    path?.startsWith('/') === true &&
    segments.every((s, i) => SEGMENT.test(s) && (s !== '*' || i === segments.length - 1));
  if (!valid) {
    throw new TypeError(
      `dispatch-workorder: a route is a method and a path, such as "POST /v3/workorder" or "PATCH /v3/jobs/:id" ("*" for any method, ":name" for one path segment, a final "*" for the rest), got ${JSON.stringify(route)}.`,
    );
  }
  const upper = method.toUpperCase();
  return {
    source: `${upper} ${path}`,
    method: upper,
    match(requestMethod, requestPath) {
      if (upper !== '*' && upper !== requestMethod.toUpperCase()) return undefined;
      const actual = requestPath.split('/').slice(1);
      const params: Record<string, string> = {};
      for (const [i, segment] of segments.entries()) {
        if (segment === '*') return params;
        const value = actual[i];
        if (value === undefined || value === '') return undefined;
        if (segment.startsWith(':')) params[segment.slice(1)] = value;
        else if (segment !== value) return undefined;
      }
      return actual.length === segments.length ? params : undefined;
    },
  };
}
