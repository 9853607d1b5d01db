// `npm start`: migrates the guide's example Job Offer with the built library and prints the Work
// Order and the migration's issues.
import { readFileSync } from 'node:fs';
import { migrateJobOffer } from '../dist/index.js';

const path = new URL('../fixtures/pairs/guide-example.job-offer.json', import.meta.url);
const result = migrateJobOffer(JSON.parse(readFileSync(path, 'utf8')));

console.log(`Migrated ${path.pathname.split('/').pop()}: ${result.success ? 'success' : 'failed'}\n`);
if (result.success) console.log(JSON.stringify(result.workOrder, null, 2));
console.log(`\nIssues (${result.issues.length}):`);
for (const issue of result.issues) {
  console.log(`  ${issue.severity.padEnd(7)} ${issue.code.padEnd(22)} ${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
process.exitCode = result.success ? 0 : 1;
