import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import * as z from 'zod';
import type TypeScript from 'typescript';
import { JobOfferSchema } from '../../src/schemas/job-offer';
import { WorkOrderStructureDefault } from '../../src/schemas/work-order';
import { COMPLETIONS, CONSUMER, ERRORS, HOVERS, offset } from './consumer';

// What an integrator's editor shows, from the package as published: `npm pack` of the built
// package, installed offline into a temporary project (the tarball extracted into its
// node_modules/dispatch-workorder, its dependencies and `typescript` linked from this repository's
// node_modules), then asked through the TypeScript language service of that project, for
// `moduleResolution` node16 and bundler and for the ESM (`.ts`) and CommonJS (`.cts`) declarations:
// hover docs on fields, completions of enum-like values, and the type errors of Work Orders that
// cannot pass. `npm run test:published` (after `npm run build`; in .ci/run).

const root = join(import.meta.dirname, '..', '..');
const PACKAGE = 'dispatch-workorder';

let project: string;
/** The packed tarball, in `project`. */
let tarball: string;
let ts: typeof TypeScript;

/** The newest modification time of the files under `dir`, in milliseconds. */
function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

beforeAll(() => {
  const built = join(root, 'dist', 'index.d.ts');
  let builtAt = 0;
  try {
    builtAt = statSync(built).mtimeMs;
  } catch {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  if (newest(join(root, 'src')) > builtAt) throw new Error('dist/ is older than src/: run `npm run build` first');

  project = mkdtempSync(join(tmpdir(), 'dispatch-workorder-published-'));
  const [packed] = JSON.parse(
    execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', project], { cwd: root, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } }),
  ) as [{ filename: string }];
  tarball = join(project, packed.filename);
  const installed = join(project, 'node_modules', PACKAGE);
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);

  // Dependencies (and the optional peers the testing entry's types name), the Node.js types and
  // TypeScript, linked from this repository: no network.
  const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as { dependencies: Record<string, string>; peerDependencies: Record<string, string> };
  for (const name of [...Object.keys(manifest.dependencies), ...Object.keys(manifest.peerDependencies), '@types/node', 'typescript']) {
    const link = join(project, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', name), link, 'junction');
  }
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  ts = createRequire(join(project, 'package.json'))('typescript') as typeof TypeScript;
}, 60_000);

afterAll(() => {
  if (project !== undefined) rmSync(project, { recursive: true, force: true });
});

/** A language service over the temporary project, with the consumer's files in memory. */
function languageService(options: TypeScript.CompilerOptions, files: Record<string, string>): TypeScript.LanguageService {
  const host: TypeScript.LanguageServiceHost = {
    getScriptFileNames: () => Object.keys(files).map((name) => join(project, name)),
    getScriptVersion: () => '1',
    getScriptSnapshot: (path) => {
      const text = files[path.slice(project.length + 1)] ?? ts.sys.readFile(path);
      return text === undefined ? undefined : ts.ScriptSnapshot.fromString(text);
    },
    getCurrentDirectory: () => project,
    getCompilationSettings: () => options,
    getDefaultLibFileName: (o) => ts.getDefaultLibFilePath(o),
    fileExists: (path) => files[path.slice(project.length + 1)] !== undefined || ts.sys.fileExists(path),
    readFile: (path) => files[path.slice(project.length + 1)] ?? ts.sys.readFile(path),
    readDirectory: (...args) => ts.sys.readDirectory(...args),
    directoryExists: (path) => ts.sys.directoryExists(path),
    getDirectories: (path) => ts.sys.getDirectories(path),
    realpath: (path) => ts.sys.realpath?.(path) ?? path,
  };
  return ts.createLanguageService(host, ts.createDocumentRegistry());
}

/** The description in the metadata of the schema at `path` (the one doc source of the field). */
function description(path: string): string {
  const [payload, ...keys] = path.split('.');
  let schema: z.ZodType = payload === 'JobOffer' ? JobOfferSchema : WorkOrderStructureDefault;
  for (const key of keys) {
    while (schema.type === 'optional' || schema.type === 'array') schema = schema.type === 'optional' ? (schema as z.ZodOptional).unwrap() as z.ZodType : (schema as z.ZodArray).element as z.ZodType;
    if (schema.type === 'union') schema = (schema as z.ZodUnion).options[0] as z.ZodType; // the phone Contact Method
    schema = (schema as z.ZodObject).shape[key] as z.ZodType;
  }
  const found = z.globalRegistry.get(schema)?.description;
  if (found === undefined) throw new Error(`no description at ${path}`);
  return found;
}

const CONFIGURATIONS = [
  { name: 'node16', options: { module: 100 /* Node16 */, moduleResolution: 3 /* Node16 */ } },
  { name: 'bundler', options: { module: 200 /* Preserve */, moduleResolution: 100 /* Bundler */, exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true } },
] as const;

const FORMATS = [
  { name: 'ESM', file: 'consumer.ts', declarations: 'index.d.ts' },
  { name: 'CJS', file: 'consumer.cts', declarations: 'index.d.cts' },
] as const;

describe.each(CONFIGURATIONS)('moduleResolution $name', ({ options }) => {
  let service: TypeScript.LanguageService;
  const sources: Record<string, string> = {};
  beforeAll(() => {
    for (const { file } of FORMATS) {
      sources[file] = CONSUMER;
      sources[file.replace('consumer', 'completions')] = COMPLETIONS;
      sources[file.replace('consumer', 'errors')] = ERRORS;
    }
    service = languageService({ strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], noEmit: true, skipLibCheck: false, ...options }, sources);
  });

  describe.each(FORMATS)('$name declarations', ({ file, declarations }) => {
    const at = (name: string) => join(project, name);

    test(`the consumer resolves ${PACKAGE} to dist/${declarations}, and it and the declarations check without errors`, () => {
      const [definition] = service.getDefinitionAtPosition(at(file), offset(CONSUMER, 'WorkOrderInput }')) ?? [];
      expect(definition?.fileName.replace(/.*\/dist\//, 'dist/')).toMatch(declarations === 'index.d.ts' ? /^dist\/options-[\w-]+\.d\.ts$/ : /^dist\/options-[\w-]+\.d\.cts$/);
      const messages = (diagnostics: readonly TypeScript.Diagnostic[]) => diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      expect(messages(service.getSemanticDiagnostics(at(file)))).toEqual([]);
      expect(messages(service.getSemanticDiagnostics(join(project, 'node_modules', PACKAGE, 'dist', declarations)))).toEqual([]);
    });

    test.each(HOVERS)('hover on %s shows its doc', (needle, path) => {
      const info = service.getQuickInfoAtPosition(at(file), offset(CONSUMER, needle) + 1);
      expect(ts.displayPartsToString(info?.documentation)).toBe(description(path));
    });

    test.each([
      ['orchestration', ['direct', 'jump_ball', 'round_robin']],
      ['status', ['canceled', 'complete', 'offered', 'paused', 'scheduled', 'unscheduled']],
      ['workflow', ['sales', 'service']],
      ['method', ['email', 'phone']],
    ])('completes %s with its values, in the input and the canonical type', (field, values) => {
      for (const needle of [`${field}: '' }`, `${field}: '',`]) {
        const completions = service.getCompletionsAtPosition(at(file.replace('consumer', 'completions')), offset(COMPLETIONS, needle) + field.length + 3, {});
        expect((completions?.entries ?? []).map((e) => e.name).sort(), needle).toEqual(values);
      }
    });

    test('completes state with the 69 US, territory and Canadian codes (Work Order input and output, Job Offer)', () => {
      for (const needle of ["state: '', street_1", "state: '', postal_code", "state: '' } }"]) {
        const names = (service.getCompletionsAtPosition(at(file.replace('consumer', 'completions')), offset(COMPLETIONS, needle) + 8, {})?.entries ?? []).map((e) => e.name);
        expect(names, needle).toHaveLength(69);
        expect(names, needle).toEqual(expect.arrayContaining(['MA', 'DC', 'PR', 'VI', 'ON', 'QC', 'YT']));
      }
    });

    test('completes the fields of an object literal passed to createWorkOrder and to migrateJobOffer', () => {
      const keys = (needle: string) => (service.getCompletionsAtPosition(at(file.replace('consumer', 'completions')), offset(COMPLETIONS, needle) + needle.length, {})?.entries ?? []).map((e) => e.name);
      expect(keys('createWorkOrder({ ')).toEqual(expect.arrayContaining(['title', 'location', 'contacts', 'orchestration']));
      expect(keys('migrateJobOffer({ ')).toEqual(expect.arrayContaining(['job', 'customer', 'entities', 'offer_strategy']));
    });

    test('a Work Order without contacts, createWorkOrder({}) and createClient without a token are type errors', () => {
      const errors = service.getSemanticDiagnostics(at(file.replace('consumer', 'errors'))).map((d) => {
        const { line } = ts.getLineAndCharacterOfPosition(d.file!, d.start!);
        return `${line + 1}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ').slice(0, 200)}`;
      });
      expect(errors).toEqual([
        expect.stringMatching(/^3: TS2741 Property 'contacts' is missing in type .* but required in type 'WorkOrderInput'/),
        expect.stringMatching(/^4: TS2345 Argument of type '\{\}' is not assignable to parameter of type 'WorkOrderInput'/),
        expect.stringMatching(/^5: TS2345 Argument of type '\{\}' is not assignable to parameter of type 'WorkOrderInput'/),
        expect.stringMatching(/^6: TS2820 Type '"ma"' is not assignable to type 'StateCode \| undefined'. Did you mean '"MA"'\?/),
        expect.stringMatching(/^9: TS2345 Argument of type '\{ environment: "production"; \}' is not assignable to parameter of type 'ClientOptions & ClientCredentials'/),
      ]);
    });
  });
});

describe('the optional peer msw left out', () => {
  // A project that installs fast-check for dispatch-workorder/testing but not msw (needed only by
  // mockDispatchHandlers), the package's own dependencies linked from this repository.
  function projectWithoutMsw(): string {
    const bare = mkdtempSync(join(tmpdir(), 'dispatch-workorder-without-msw-')); // not under `project`, whose node_modules has msw
    onTestFinished(() => rmSync(bare, { recursive: true, force: true }));
    const installed = join(bare, 'node_modules', PACKAGE);
    mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['-xzf', tarball, '-C', installed, '--strip-components=1']);
    const { dependencies } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    for (const name of [...Object.keys(dependencies), 'fast-check', '@types/node']) {
      const link = join(bare, 'node_modules', name);
      mkdirSync(dirname(link), { recursive: true });
      symlinkSync(join(root, 'node_modules', name), link, 'junction');
    }
    writeFileSync(join(bare, 'package.json'), JSON.stringify({ name: 'consumer-without-msw', private: true, type: 'module' }));
    return bare;
  }

  // Its type check, `skipLibCheck` off, must not fail in the package's declarations for want of msw.
  test.each(['index.d.ts', 'index.d.cts'])('dispatch-workorder/testing (dist/testing/%s) checks without errors', (declarations) => {
    const bare = projectWithoutMsw();
    const consumer = "import { checkFixturePairs, mockDispatchHandlers, startMockDispatch } from 'dispatch-workorder/testing';\nexport const used = [checkFixturePairs, mockDispatchHandlers, startMockDispatch];\n";
    const file = declarations === 'index.d.ts' ? 'consumer.ts' : 'consumer.cts';
    const options: TypeScript.CompilerOptions = { strict: true, target: ts.ScriptTarget.ES2022, lib: ['lib.es2022.d.ts'], types: ['node'], noEmit: true, skipLibCheck: false, module: ts.ModuleKind.Node16, moduleResolution: ts.ModuleResolutionKind.Node16 };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    host.readFile = (path) => (path === join(bare, file) ? consumer : readFile(path));
    const fileExists = host.fileExists.bind(host);
    host.fileExists = (path) => path === join(bare, file) || fileExists(path);
    const program = ts.createProgram([join(bare, file)], options, host);
    expect(program.getSourceFiles().some((f) => f.fileName.endsWith(`/testing/${declarations}`))).toBe(true);
    expect(program.getSourceFiles().some((f) => f.fileName.includes('/node_modules/msw/'))).toBe(false);
    expect(ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, ' '))).toEqual([]);
  });

  // At run time, the entry loads, startMockDispatch works, and mockDispatchHandlers rejects with
  // what to install (from ESM and from CommonJS), not with a bare module-not-found error.
  test.each([
    ['ESM', 'consumer.mjs', "const { mockDispatchHandlers, startMockDispatch } = await import('dispatch-workorder/testing');"],
    ['CommonJS', 'consumer.cjs', "const { mockDispatchHandlers, startMockDispatch } = require('dispatch-workorder/testing');"],
  ])('%s: mockDispatchHandlers says to install msw; startMockDispatch needs nothing', (_, file, load) => {
    const bare = projectWithoutMsw();
    const body = `(async () => {
  ${load}
  const mock = await startMockDispatch();
  await mock.close();
  try {
    await mockDispatchHandlers();
    console.log('resolved');
  } catch (error) {
    console.log(JSON.stringify({ message: error.message, cause: error.cause?.code }));
  }
})();
`;
    writeFileSync(join(bare, file), body);
    const out = execFileSync(process.execPath, [file], { cwd: bare, encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual({
      message: 'dispatch-workorder/testing: mockDispatchHandlers needs msw 2, an optional peer dependency that is not installed: run `npm install --save-dev msw`, or use startMockDispatch, which needs nothing more.',
      cause: 'ERR_MODULE_NOT_FOUND', // the CommonJS build loads msw with import() too
    });
  });
});
