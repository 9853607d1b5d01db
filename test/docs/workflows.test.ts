import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { afterEach, describe, expect, test, vi } from 'vitest';
import * as library from '../../src';

// docs/workflows.md's getToken example, run as written (transpiled, its import taken from src/):
// the token must come from the environment the client then calls, whichever that is. `fetch` is a
// stub that records each URL; nothing reaches the network.

const docs = readFileSync(new URL('../../docs/workflows.md', import.meta.url), 'utf8');
const example = [...docs.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!).find((code) => code.includes('async function fetchAccessToken'));

/** Runs the example with `process.env.DISPATCH_ENVIRONMENT` set to `setting`; returns its `client`. */
function runExample(setting: string | undefined): ReturnType<typeof library.createClient> {
  const body = example!.replace(/^import \{([^}]*)\} from 'dispatch-workorder';$/m, (_, names: string) => `const {${names.replace(/\btype \w+,?/g, '')}} = library;`);
  const { outputText } = ts.transpileModule(`${body}\nreturn client;`, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } });
  const process = { env: { DISPATCH_ENVIRONMENT: setting } };
  // eslint-disable-next-line @typescript-eslint/no-implied-eval
  return new Function('library', 'process', 'CLIENT_ID', 'CLIENT_SECRET', outputText)(library, process, 'id', 'secret') as ReturnType<typeof library.createClient>;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('docs/workflows.md: the getToken example', () => {
  test.each([
    ['production', library.PRODUCTION_BASE_URL],
    [undefined, library.SANDBOX_BASE_URL],
    ['sandbox', library.SANDBOX_BASE_URL],
  ])('DISPATCH_ENVIRONMENT=%s: the token and the calls go to %s', async (setting, baseUrl) => {
    const urls: string[] = [];
    vi.stubGlobal('fetch', async (url: string | URL) => {
      urls.push(String(url));
      const body = String(url).endsWith('/v3/oauth/token') ? { access_token: 'token' } : { id: 789 };
      return new Response(JSON.stringify(body), { status: 200, headers: { 'content-type': 'application/json' } });
    });
    const client = runExample(setting);
    await client.getJob(789);
    expect(urls).toEqual([`${baseUrl}/v3/oauth/token`, `${baseUrl}/v3/jobs/789`]);
  });

  test('names no API host of its own', () => {
    expect(example).toBeDefined();
    expect(example).not.toMatch(/https?:\/\//);
  });
});
