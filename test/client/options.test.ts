import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { createClient } from '../../src';
import { CLIENT_OPTION_DEFAULTS, clientOptionNames, ENVIRONMENTS } from '../../src/client/options';

const fetch: typeof globalThis.fetch = async () => new Response('{}', { status: 200 });

describe('unknown options', () => {
  test('an unknown option is a TypeError naming it and listing the options', () => {
    expect(() => createClient({ token: 't', retrys: 3 } as never)).toThrow(
      new TypeError(`dispatch-workorder: createClient has no option "retrys"; its options are ${clientOptionNames().join(', ')}.`),
    );
    expect(() => createClient({ token: 't', timeout: 1, Retries: 1 } as never)).toThrow(/^dispatch-workorder: createClient has no options "timeout", "Retries"; its options are /);
  });

  test('an unknown hook is a TypeError naming it', () => {
    expect(() => createClient({ token: 't', hooks: { beforeResponse: [] } } as never)).toThrow(
      new TypeError('dispatch-workorder: "hooks" has no hook "beforeResponse"; its hooks are beforeRequest, beforeRetry, afterResponse.'),
    );
    expect(() => createClient({ token: 't', hooks: { beforeRequest: [() => undefined, 'log'] } } as never)).toThrow(
      new TypeError('dispatch-workorder: "hooks.beforeRequest" must be an array of functions, got string at index 1.'),
    );
  });

  test('an unknown call option is a TypeError naming it, and nothing is sent', async () => {
    let sent = 0;
    const client = createClient({
      token: 't',
      fetch: async () => {
        sent += 1;
        return new Response('{}');
      },
    });
    await expect(client.getJob(7, { signl: AbortSignal.timeout(10) } as never)).rejects.toThrow(
      new TypeError('dispatch-workorder: getJob has no option "signl"; its options are signal.'),
    );
    await expect(client.cancelJob(7, { signal: 'stop' } as never)).rejects.toThrow(new TypeError('dispatch-workorder: "signal" must be an AbortSignal, got string.'));
    expect(sent).toBe(0);
  });

  test.each([
    ['maxResponseBytes', 0, 'dispatch-workorder: "maxResponseBytes" must be a whole number from 1 to 1073741824, got 0.'],
    ['maxResponseBytes', 1.5, 'dispatch-workorder: "maxResponseBytes" must be a whole number from 1 to 1073741824, got 1.5.'],
    ['timeoutMs', Number.NaN, 'dispatch-workorder: "timeoutMs" must be a number from 1 to 2147483647, got NaN.'],
    ['maxRetryDelayMs', Number.POSITIVE_INFINITY, 'dispatch-workorder: "maxRetryDelayMs" must be a number from 0 to 2147483647, got Infinity.'],
    ['hooks', [], 'dispatch-workorder: "hooks" must be an object of hook arrays, got an array.'],
    ['hooks', { beforeRetry: 'log' }, 'dispatch-workorder: "hooks.beforeRetry" must be an array of functions, got string.'],
    ['headers', 'x', 'dispatch-workorder: "headers" must be an object of header names to string values.'],
    ['headers', { 'x-count': 1 }, 'dispatch-workorder: header "x-count" must be a string without line breaks, got number.'],
  ])('%s: %s is a TypeError', (name, value, message) => {
    expect(() => createClient({ token: 't', fetch, [name]: value })).toThrow(new TypeError(message));
  });
});

describe('option values live in one place', () => {
  test('each environment maps to its base URL', () => {
    expect(ENVIRONMENTS).toStrictEqual({ sandbox: 'https://api-sandbox.dispatch.me', production: 'https://api.dispatch.me' });
    for (const [environment, baseUrl] of Object.entries(ENVIRONMENTS)) expect(createClient({ token: 't', fetch, environment: environment as never }).baseUrl).toBe(baseUrl);
  });

  test("docs/workflows.md lists exactly the client's options, environments and defaults", () => {
    const docs = readFileSync(new URL('../../docs/workflows.md', import.meta.url), 'utf8');
    const table = docs.slice(docs.indexOf('### Options'), docs.indexOf('### Authentication'));
    const rows = [...table.matchAll(/^\| `([^`]+)`(?: \/ `([^`]+)`)? \| ([^|]+) \|/gm)];
    const documented = rows.flatMap((row) => [row[1], row[2]].filter((name) => name !== undefined));
    expect([...documented].sort()).toStrictEqual([...clientOptionNames()].sort());
    const defaults = Object.fromEntries(rows.map((row) => [row[1], row[3]?.trim()]));
    for (const [name, value] of Object.entries(CLIENT_OPTION_DEFAULTS)) expect(defaults[name], name).toBe(`\`${JSON.stringify(value)}\``);
    const environmentRow = table.split('\n').find((line) => line.startsWith('| `environment`')) ?? '';
    expect([...environmentRow.matchAll(/'(\w+)'/g)].map((m) => m[1])).toStrictEqual(['sandbox', ...Object.keys(ENVIRONMENTS)]);
  });
});
