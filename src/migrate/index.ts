export { migrateJobOffer, migrateJobOfferOrThrow, type MigrationResult } from './migrate-job-offer';
export type { MigrateOptions } from './options';
