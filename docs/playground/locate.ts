import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/** The input's syntax tree, with the offset and length of every value (jsonc-parser's `Node`). */
export type JsonTree = Node;

/** A range of the input text, as `setSelectionRange` takes it: `start` inclusive, `end` exclusive. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** The input, read twice: the value (by `JSON.parse`, strict) and its syntax tree with offsets. */
export type ReadInput =
  | { readonly ok: true; readonly value: unknown; readonly tree: JsonTree | undefined }
  | { readonly ok: false; readonly message: string; readonly at: TextRange | undefined };

/** Strict JSON, as `JSON.parse` reads it: no comments, no trailing commas. */
const STRICT = { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false } as const;

/**
 * Reads the input text. `JSON.parse` decides whether it is JSON (the library gets what an
 * integrator's code would get); jsonc-parser gives the tree whose offsets map issue paths to text,
 * and the place of a syntax error.
 */
export function readInput(text: string): ReadInput {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, STRICT);
  try {
    return { ok: true, value: JSON.parse(text) as unknown, tree };
  } catch (error) {
    const first = errors[0];
    const at = first === undefined ? undefined : { start: first.offset, end: first.offset + Math.max(first.length, 1) };
    const message = first === undefined ? (error as Error).message : `${words(printParseErrorCode(first.error))} at ${lineAndColumn(text, first.offset)}`;
    return { ok: false, message, at };
  }
}

/**
 * The text range of the value at `path` (an issue's path: object keys and array indexes). When the
 * path goes further than the input does (a `required` field that is missing, a window without its
 * end), the range of the deepest value that is there: the object the field is missing from.
 */
export function locate(tree: JsonTree | undefined, path: readonly (string | number)[]): TextRange | undefined {
  if (tree === undefined) return undefined;
  for (let depth = path.length; depth >= 0; depth--) {
    const node = findNodeAtLocation(tree, path.slice(0, depth));
    if (node !== undefined) return { start: node.offset, end: node.offset + node.length };
  }
  return undefined;
}

/** `CommaExpected` → `comma expected`. */
const words = (code: string): string => code.replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();

/** `line 3, column 14` (both from 1) of an offset in the text. */
export function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}
