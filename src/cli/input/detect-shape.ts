/** How the records of an input are laid out. */
export type InputShape = 'document' | 'array' | 'ndjson';

/**
 * Decides the shape of an input from its beginning, by the rule `docs/cli.md` documents:
 * 1. the first non-blank character is `[` → a JSON **array** of records;
 * 2. otherwise, when the first non-blank line is a complete JSON value → **NDJSON** (so a one-line
 *    object is a one-record NDJSON stream);
 * 3. otherwise → one multi-line JSON **document**.
 * An input with nothing but blanks is an empty NDJSON stream. A leading byte-order mark is ignored.
 *
 * @param head - The input read so far, decoded.
 * @param ended - True when `head` is the whole input.
 * @returns The shape, or `undefined` when more input is needed to decide.
 *
 * @example
 * detectShape('[{"job":', false);        // 'array'
 * detectShape('{"job":{}}\n{"jo', false); // 'ndjson'
 * detectShape('{\n  "job": {', false);   // 'document'
 * detectShape('{"job":', false);          // undefined: the first line is not complete yet
 */
export function detectShape(head: string, ended: boolean): InputShape | undefined {
  const start = head.search(/[^\s\uFEFF]/);
  if (start === -1) return ended ? 'ndjson' : undefined;
  if (head[start] === '[') return 'array';
  const end = head.indexOf('\n', start);
  if (end === -1 && !ended) return undefined;
  const firstLine = head.slice(start, end === -1 ? undefined : end);
  try {
    JSON.parse(firstLine);
    return 'ndjson';
  } catch {
    return 'document';
  }
}
