import runs from './zip-prefix-states.json';

// The state or province a postal code belongs to, as the postal services assign them: USPS by the
// first three digits of a ZIP code (src/normalize/zip-prefix-states.json, built from the ZIP
// database of the `zipcodes` package by `npm run zip-states`), Canada Post by the first letter.

/** @internal A run of consecutive ZIP prefixes that serve the same states. */
export type ZipPrefixRun = readonly [first: string, last: string, states: readonly string[]];

/** @internal The ZIP prefixes USPS uses, in runs, in order. */
export const ZIP_PREFIXES = runs as unknown as readonly ZipPrefixRun[];

/** @internal Canadian provinces and territories by the first letter of their postal codes. */
export const PROVINCES_BY_LETTER: Readonly<Record<string, readonly string[]>> = {
  A: ['NL'],
  B: ['NS'],
  C: ['PE'],
  E: ['NB'],
  G: ['QC'],
  H: ['QC'],
  J: ['QC'],
  K: ['ON'],
  L: ['ON'],
  M: ['ON'],
  N: ['ON'],
  P: ['ON'],
  R: ['MB'],
  S: ['SK'],
  T: ['AB'],
  V: ['BC'],
  X: ['NT', 'NU'],
  Y: ['YT'],
};

/**
 * @internal The states or provinces whose postal codes a canonical postal code (`"02115"`,
 * `"K1A0B1"`) can be: one for most, a few for a ZIP prefix that serves more than one (DC's 205
 * also serves parts of Maryland and Virginia), undefined for a ZIP prefix USPS does not use.
 */
export function postalCodeRegions(code: string): readonly string[] | undefined {
  if (code.length === 6) return PROVINCES_BY_LETTER[code[0]!];
  const prefix = code.slice(0, 3);
  let low = 0;
  let high = ZIP_PREFIXES.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const [first, last, states] = ZIP_PREFIXES[middle]!;
    if (prefix < first) high = middle - 1;
    else if (prefix > last) low = middle + 1;
    else return states;
  }
  return undefined;
}
