import { jobOfferStream } from './corpus.mjs';
const { migrateJobOffer, validateWorkOrder } = await import('../dist/index.js');
const stream = jobOfferStream(7, 2000);
const mode = process.argv[2] ?? 'migrate';
const n = Number(process.argv[3] ?? 4000);
const texts = stream.texts(n);
let sink = 0;
if (mode === 'migrate') for (const text of texts) sink += JSON.stringify(migrateJobOffer(JSON.parse(text)).workOrder).length;
else if (mode === 'json') for (const text of texts) sink += JSON.stringify(JSON.parse(text)).length;
else if (mode === 'validate') { const wos = texts.map((t) => migrateJobOffer(JSON.parse(t)).workOrder); for (const w of wos) sink += validateWorkOrder(w).issues.length; }
else if (mode === 'none') sink = texts.length;
console.log(mode, sink > 0);
