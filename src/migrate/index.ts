export { migrateJobOffer, migrateJobOfferOrThrow, type MigrationResult } from './migrate-job-offer';
export { LOCAL_TIMES, type LocalTimes, type MigrateOptions } from './options';
