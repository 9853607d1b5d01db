import type * as z from 'zod';

/**
 * @internal Parses `input` with `fast`, a compiled twin of `schema` that succeeds on exactly the
 * inputs `schema` accepts and gives the same output (see `compiled-schemas.ts`); when that fails,
 * parses it again with `schema` itself, with each issue carrying the input it is about (zod's
 * `reportInput`, which the issue messages quote), for the complete issues.
 *
 * The options go only to the failing parse: on Node 20 passing parse options costs about 2 µs per
 * call (zod copies them into a new object with one more key, a slow path of V8's object spread).
 * Parsing is pure, so parsing twice changes nothing but the time.
 */
export function parseWithFastPath<T extends z.ZodType>(fast: z.ZodType<z.output<T>>, schema: T, input: unknown): z.ZodSafeParseResult<z.output<T>> {
  const parsed = fast.safeParse(input);
  return parsed.success ? parsed : schema.safeParse(input, { reportInput: true });
}
