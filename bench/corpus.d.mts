/** A stream of Job Offers in which no phone number is written twice (see corpus.mjs). */
export interface JobOfferStream {
  /** The next `count` records, as JSON text. */
  texts(count: number): string[];
  /** The next `count` records, parsed. */
  offers(count: number): Record<string, any>[];
  /** How many phone numbers the stream has written. */
  readonly phones: number;
}

/** The bench corpus from `seed`, cycling through `templates` record templates with new phones each cycle. */
export function jobOfferStream(seed?: number, templates?: number): JobOfferStream;

/** The spellings of a number the corpus mixes (E.164, national with punctuation, `tel:`), by area code, exchange and line. */
export const PHONE_FORMS: readonly ((area: string, exchange: string, line: string) => string)[];

/** A small seeded PRNG (mulberry32). */
export function prng(seed: number): () => number;
