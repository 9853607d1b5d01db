export { migrateJobOffer, migrateJobOfferOrThrow, type MigrationResult } from './migrate-job-offer';
export type { LocalTimes, MigrateOptions } from './options';
