// Generated blocks in the Markdown docs: the text between `<!-- NAME:start … -->` and
// `<!-- NAME:end -->` is written by the script that produces it (a measurement, a table rendered
// from code), never by hand, so a figure in the docs is either such a block or carries the command
// and the date that produced it. The body keeps the indentation of its start marker (a block may
// sit inside a list item).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The markers of block `name` in `text`: `[startOfBody, endOfBody, indent]`, or throws when missing. */
function markers(text, name, file) {
  const start = new RegExp(`^([ \\t]*)<!-- ${name}:start\\b[^\\n]*-->\\n`, 'm').exec(text);
  const end = new RegExp(`^[ \\t]*<!-- ${name}:end -->`, 'm').exec(text);
  if (start === null || end === null || end.index < start.index) throw new Error(`${file}: no block "${name}" (<!-- ${name}:start … --> … <!-- ${name}:end -->)`);
  return [start.index + start[0].length, end.index, start[1] ?? ''];
}

/** `text` with the body of block `name` replaced by `body` (lines indented like the start marker). */
export function replaceBlock(text, name, body, file = 'the document') {
  const [from, to, indent] = markers(text, name, file);
  const lines = body.replace(/\n$/, '').split('\n').map((line) => (line === '' ? '' : `${indent}${line}`));
  return `${text.slice(0, from)}${lines.join('\n')}\n${text.slice(to)}`;
}

/**
 * Writes each block into its file (`update`), or compares: returns the files whose blocks differ
 * from what was just measured or rendered. `blocks` lists `{ file, name, body }`, each `file`
 * relative to `root` (a directory URL or path).
 */
export function syncBlocks(root, blocks, update) {
  const stale = [];
  const byFile = new Map();
  for (const block of blocks) byFile.set(block.file, [...(byFile.get(block.file) ?? []), block]);
  for (const [file, list] of byFile) {
    const path = join(root instanceof URL ? fileURLToPath(root) : root, file);
    const before = readFileSync(path, 'utf8');
    let after = before;
    for (const { name, body } of list) after = replaceBlock(after, name, body, file);
    if (after === before) continue;
    if (update) writeFileSync(path, after);
    else stale.push(`${file} (${list.map((block) => block.name).join(', ')})`);
  }
  return stale;
}
