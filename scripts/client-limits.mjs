// Measures the client's limits against hostile servers on 127.0.0.1 (docs/reliability.md, "The
// client"). Each case runs the client in a child process of its own, so its peak memory is the
// client's alone; the servers run here. Prints one line per case.
//   npm run build && node scripts/client-limits.mjs [bodyMegabytes]
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';

const CASES = {
  // A normal answer: the memory any call takes, for comparison.
  'baseline (a 10-byte answer)': { server: 'api', call: 'getJob' },
  // A 2xx body of `megabytes` MB, sent in 1 MiB chunks without a Content-Length, to every GET.
  'huge body, chunked': { server: 'huge', call: 'getJob' },
  // The same with a Content-Length header announcing it.
  'huge body, Content-Length': { server: 'huge-length', call: 'getJob' },
  // A getToken that never settles: how long the first call and a second call take to fail.
  'getToken never settles': { server: 'api', call: 'hungToken' },
  // A custom fetch that ignores init.signal and never answers.
  'fetch ignores its signal': { server: 'api', call: 'hungFetch' },
  // A 307 to another origin in answer to the Work Order POST.
  'redirect to another origin': { server: 'redirect', call: 'createWorkOrder' },
  // A 201 whose body is `[1,2]`.
  'answer of the wrong shape': { server: 'array', call: 'createWorkOrder' },
};

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else await main(Number(process.argv[2] ?? 600));

async function main(megabytes) {
  for (const [name, { server: kind, call }] of Object.entries(CASES)) {
    const other = await listen(() => ({ status: 200, body: '{"service_provider_id":1,"primary_contact_id":2,"job_id":3,"appointment_id":null}' }));
    const api = await listen(handler(kind, megabytes, other.url));
    const report = await run(call, api.url);
    console.log(`${name}: ${report.outcome}; ${api.count()} request(s) to the API, ${other.count()} to the other origin; client peak RSS ${report.maxRssMb} MB`);
    await api.close();
    await other.close();
  }
}

function handler(kind, megabytes, otherUrl) {
  return (req, res) => {
    if (kind === 'huge' || kind === 'huge-length') {
      const chunk = Buffer.alloc(1024 * 1024, 0x20);
      res.writeHead(200, { 'content-type': 'application/json', ...(kind === 'huge-length' ? { 'content-length': String(megabytes * chunk.length + 2) } : {}) });
      res.write('{');
      let sent = 0;
      const more = () => {
        while (sent < megabytes) {
          sent += 1;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end('}');
      };
      res.on('close', () => (sent = megabytes));
      more();
      return;
    }
    if (kind === 'redirect') return void send(res, 307, '', { location: `${otherUrl}/v3/workorder` });
    if (kind === 'array') return void send(res, 201, '[1,2]');
    send(res, 200, '{"id":7}');
  };
}

function send(res, status, body, headers = {}) {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(body);
}

function listen(handle) {
  let count = 0;
  const server = createServer((req, res) => {
    count += 1;
    req.resume();
    req.on('end', () => (typeof handle === 'function' && handle.length === 0 ? send(res, 200, handle().body) : handle(req, res)));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        count: () => count,
        close: () => new Promise((done) => (server.closeAllConnections(), server.close(done))),
      }),
    ),
  );
}

function run(call, url) {
  return new Promise((resolve, reject) => {
    const proc = spawn(process.execPath, [new URL(import.meta.url).pathname, '--child', call, url], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    proc.stdout.on('data', (d) => (out += d));
    proc.on('error', reject);
    proc.on('close', () => resolve(JSON.parse(out)));
  });
}

async function child(call, url) {
  const { createClient } = await import('../dist/index.js');
  const never = () => new Promise(() => {});
  const workOrder = JSON.parse(await (await import('node:fs/promises')).readFile(new URL('../fixtures/pairs/guide-example.work-order.json', import.meta.url), 'utf8'));
  const options = { baseUrl: url, token: 't', backoff: () => 1 };
  const describe = (error) => (error?.name === 'ApiError' ? `${error.name} ${error.status} ${error.code}` : `${error?.name}`);
  // A deadline so that a hang is reported instead of hanging the script.
  const within = async (pending, ms) => {
    const started = performance.now();
    const outcome = await Promise.race([pending.then((v) => `resolved ${JSON.stringify(v).slice(0, 40)}`, describe), new Promise((r) => setTimeout(() => r('still pending'), ms))]);
    return `${outcome} after ${Math.round(performance.now() - started)} ms`;
  };
  let outcome;
  if (call === 'getJob') outcome = await within(createClient(options).getJob(7), 120_000);
  else if (call === 'createWorkOrder') outcome = await within(createClient(options).createWorkOrder(workOrder), 10_000);
  else if (call === 'hungFetch') outcome = await within(createClient({ ...options, retries: 0, timeoutMs: 2000, fetch: never }).getJob(7), 10_000);
  else {
    let calls = 0;
    const client = createClient({ baseUrl: url, timeoutMs: 2000, getToken: () => (++calls === 1 ? never() : 't') });
    const first = await within(client.getJob(7), 10_000);
    const second = await within(client.getJob(7), 10_000);
    outcome = `first call: ${first}; second call: ${second}`;
  }
  process.stdout.write(JSON.stringify({ outcome, maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024) }));
  process.exit(0);
}
