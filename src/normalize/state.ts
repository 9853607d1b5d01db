import { truncate } from '../_lib/truncate';

/** @internal */
export type StateCountry = 'US' | 'CA';

const US = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY',
  'LA', 'ME', 'MD', 'MA', 'MI', 'MN', 'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND',
  'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA', 'WA', 'WV', 'WI', 'WY',
  // District of Columbia and the inhabited territories.
  'DC', 'AS', 'GU', 'MP', 'PR', 'VI',
] as const satisfies readonly StateCode[];
const CANADA = ['AB', 'BC', 'MB', 'NB', 'NL', 'NS', 'NT', 'NU', 'ON', 'PE', 'QC', 'SK', 'YT'] as const satisfies readonly StateCode[];

/**
 * Two-letter code of a US state, DC, a US territory, or a Canadian province or territory, e.g.
 * `'MA'` or `'ON'`: what a Work Order's `location.state` is in canonical form.
 *
 * @category Schemas and types
 */
export type StateCode =
  | 'AL' | 'AK' | 'AZ' | 'AR' | 'CA' | 'CO' | 'CT' | 'DE' | 'FL' | 'GA' | 'HI' | 'ID' | 'IL' | 'IN' | 'IA' | 'KS' | 'KY'
  | 'LA' | 'ME' | 'MD' | 'MA' | 'MI' | 'MN' | 'MS' | 'MO' | 'MT' | 'NE' | 'NV' | 'NH' | 'NJ' | 'NM' | 'NY' | 'NC' | 'ND'
  | 'OH' | 'OK' | 'OR' | 'PA' | 'RI' | 'SC' | 'SD' | 'TN' | 'TX' | 'UT' | 'VT' | 'VA' | 'WA' | 'WV' | 'WI' | 'WY'
  | 'DC' | 'AS' | 'GU' | 'MP' | 'PR' | 'VI'
  | 'AB' | 'BC' | 'MB' | 'NB' | 'NL' | 'NS' | 'NT' | 'NU' | 'ON' | 'PE' | 'QC' | 'SK' | 'YT';

/** @internal The codes of the lists above, which test/normalize/state.test-d.ts holds equal to {@link StateCode}. */
export type ListedStateCode = (typeof US)[number] | (typeof CANADA)[number];

const COUNTRY_OF = new Map<string, StateCountry>([
  ...US.map((s) => [s, 'US'] as const),
  ...CANADA.map((s) => [s, 'CA'] as const),
]);

/** @internal Result of reading a state or province code. */
export type StateResult =
  | { readonly ok: true; readonly value: StateCode; readonly country: StateCountry }
  | { readonly ok: false; readonly message: string };

/**
 * Reads a two-letter US state, DC, US territory, or Canadian province or territory code,
 * case-insensitively, and returns it uppercased.
 *
 * @internal
 */
export function normalizeState(value: string): StateResult {
  const code = value.trim().toUpperCase();
  const country = COUNTRY_OF.get(code);
  if (country !== undefined) return { ok: true, value: code as StateCode, country };
  return {
    ok: false,
    message: `"${truncate(value)}" is not the two-letter code of a US state or Canadian province: write the code, e.g. "MA" or "ON".`,
  };
}
