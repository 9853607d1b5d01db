// `npm run docs` runs this after typedoc: every function and class exported by the package entries
// must carry an `@example` in its doc comment (typedoc itself checks that every export is
// documented). Reads the JSON model typedoc writes beside the site (docs/api/api.json).
import { readFileSync } from 'node:fs';

const FUNCTION = 64;
const CLASS = 128;
const CONTAINERS = new Set([2, 4]); // module, namespace

const project = JSON.parse(readFileSync(new URL('../docs/api/api.json', import.meta.url), 'utf8'));
const missing = [];
let checked = 0;

function hasExample(reflection) {
  const comments = [reflection.comment, ...(reflection.signatures ?? []).map((s) => s.comment)];
  return comments.some((c) => c?.blockTags?.some((tag) => tag.tag === '@example'));
}

function walk(node, prefix) {
  for (const child of node.children ?? []) {
    const name = `${prefix}${child.name}`;
    if (child.kind === FUNCTION || child.kind === CLASS) {
      checked++;
      if (!hasExample(child)) missing.push(name);
    }
    if (CONTAINERS.has(child.kind)) walk(child, `${name}.`);
  }
}
walk(project, '');

// The testing subpath's arbitraries are documented together, with one example, on `arbitraries`.
const exempt = new Set(['address', 'anyJson', 'broken', 'emailAddress', 'jobOffer', 'phoneNumber', 'workOrder'].map((name) => `dispatch-workorder/testing.${name}`));
const problems = missing.filter((name) => !exempt.has(name));
if (checked === 0) {
  console.error('check-doc-examples: no functions or classes found in docs/api/api.json');
  process.exit(1);
}
if (problems.length > 0) {
  console.error(`check-doc-examples: add an @example to: ${problems.join(', ')}`);
  process.exit(1);
}
console.log(`check-doc-examples: ${checked} functions and classes, each with an @example (or covered by arbitraries)`);
