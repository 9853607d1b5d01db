import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { migrateJobOffer, validateWorkOrder, type Issue, type MigrateOptions, type WorkOrder } from '../../../src';
import { FIXTURES } from '../../support/fixtures';

/** The guide's example Job Offer (migrates with one `dropped_field` warning at `/duration`). */
export const GUIDE_OFFER_PATH = join(FIXTURES, 'pairs', 'guide-example.job-offer.json');
export const guideOffer = JSON.parse(readFileSync(GUIDE_OFFER_PATH, 'utf8')) as Record<string, unknown>;

/** A Job Offer without `job.title` (fails with one `required` error), from the invalid fixtures. */
export const titleMissingOffer = (JSON.parse(readFileSync(join(FIXTURES, 'invalid-job-offers', 'job-title-missing.json'), 'utf8')) as { input: Record<string, unknown> }).input;

/** The library's migration of `offer`: what the CLI must write for it. */
export function migrated(offer: unknown, options: MigrateOptions = {}): { workOrder: WorkOrder | undefined; issues: readonly Issue[] } {
  const result = migrateJobOffer(offer, options);
  return { workOrder: result.success ? result.workOrder : undefined, issues: result.issues };
}

/** The library's validation of `workOrder`. */
export function validated(workOrder: unknown): { workOrder: WorkOrder | undefined; issues: readonly Issue[] } {
  const result = validateWorkOrder(workOrder);
  return { workOrder: result.success ? result.workOrder : undefined, issues: result.issues };
}

/** `offer` with another `job.external_id`, so records of a batch can be told apart. */
export function withExternalId(offer: Record<string, unknown>, id: string): Record<string, unknown> {
  return { ...offer, job: { ...(offer['job'] as Record<string, unknown>), external_id: id } };
}

/** The one stderr line for an issue, written out: `record N: <severity> <pointer> <code>: <message>`. */
export function line(record: number, pointer: string, issue: Issue | undefined): string {
  if (issue === undefined) throw new Error('expected an issue');
  return `record ${record}: ${issue.severity} ${pointer} ${issue.code}: ${issue.message}`;
}
