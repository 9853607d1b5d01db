import { jobOfferStream } from './corpus.mjs';
const { migrateJobOffer, validateWorkOrder } = await import('../dist/index.js');
const stream = jobOfferStream(7, 2000);
const mode = process.argv[2] ?? 'migrate';
let sink = 0, n = 0, cpu = 0;
for (let round = 0; round < 40; round++) {
  const texts = stream.texts(2000);
  const wos = mode === 'validate' ? texts.map((t) => migrateJobOffer(JSON.parse(t)).workOrder) : undefined;
  const t = process.cpuUsage();
  if (mode === 'migrate') for (const text of texts) sink += JSON.stringify(migrateJobOffer(JSON.parse(text)).workOrder).length;
  else if (mode === 'json') for (const text of texts) sink += JSON.stringify(JSON.parse(text)).length;
  else for (const w of wos) sink += validateWorkOrder(w).issues.length;
  const u = process.cpuUsage(t); if (round >= 5) { cpu += u.user + u.system; n += texts.length; }
}
console.log(mode, (cpu / n).toFixed(2), 'µs/record', sink > 0);
