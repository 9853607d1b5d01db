import type * as z from 'zod';

/**
 * @internal `schema.safeParse(input)`, with each issue carrying the input it is about when the
 * parse fails (zod's `reportInput`, which the issue messages quote). Passing parse options costs
 * about 2 µs per call on Node 20 (zod copies them into a new object with one more key, a slow path
 * of V8's object spread), more than parsing a small payload; so a successful parse goes without,
 * and only a failed one is parsed again with the input reported. Parsing is pure, so both parses
 * give the same issues.
 */
export function safeParseReportingInput<T extends z.ZodType>(schema: T, input: unknown): z.ZodSafeParseResult<z.output<T>> {
  const parsed = schema.safeParse(input);
  return parsed.success ? parsed : schema.safeParse(input, { reportInput: true });
}
