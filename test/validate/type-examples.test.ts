import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { expect, test } from 'vitest';

// The example objects in the payload types' doc comments (rendered from the guide's example pair by
// scripts/render-types.ts, shown on hover and on the types' reference pages) compile as written
// against the types they are annotated with, under the project's strict options.

const root = new URL('../../', import.meta.url);
const generated = readFileSync(new URL('src/validate/types.generated.ts', root), 'utf8');
const examples = [...generated.matchAll(/ \* @example\n(?: \* (?!```)[^\n]*\n)* \* ```ts\n((?: \*(?: [^\n]*)?\n)*?) \* ```/g)].map((m) => m[1]!.replace(/^ \* ?/gm, ''));

test('the payload types carry examples, and each compiles against its type', () => {
  expect(examples.map((code) => /^const \w+: (\w+) =/.exec(code)?.[1])).toEqual(['WorkOrderInput', 'WorkOrder', 'JobOfferInput', 'JobOffer']);
  const file = new URL('src/__type-examples__.ts', root).pathname;
  const source = `import type { JobOffer, JobOfferInput, WorkOrder, WorkOrderInput } from './index';\n${examples.map((code) => `{\n${code}}\n`).join('')}`;
  const configPath = new URL('tsconfig.json', root).pathname;
  const config = ts.getParsedCommandLineOfConfigFile(configPath, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => undefined });
  const host = ts.createCompilerHost(config!.options);
  const readFile = host.readFile.bind(host);
  host.readFile = (name) => (name === file ? source : readFile(name));
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (name) => name === file || fileExists(name);
  const program = ts.createProgram([file], { ...config!.options, noEmit: true, noUnusedLocals: false }, host);
  const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file)).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
  expect(diagnostics).toEqual([]);
}, 60_000);
