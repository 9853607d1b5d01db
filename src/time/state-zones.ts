// The time zone of each US state, territory and Canadian province or territory that keeps one time
// throughout. States and provinces split between zones are left out on purpose: for them only the
// postal code can decide, and a location whose code is unknown gets no zone rather than a guess.
//
// Split, so not listed: AK, AZ (the Navajo Nation keeps daylight time), FL, ID, IN, KS, KY, MI, NE,
// ND, NV (West Wendover), OR, SD, TN, TX; BC, NL, NU, ON, QC, SK.

/** @internal Single-zone states and provinces, by their two-letter code. */
export const SINGLE_ZONE_STATES: ReadonlyMap<string, string> = new Map([
  // Eastern
  ...['CT', 'DC', 'DE', 'GA', 'MA', 'MD', 'ME', 'NC', 'NH', 'NJ', 'NY', 'OH', 'PA', 'RI', 'SC', 'VA', 'VT', 'WV'].map(
    (state) => [state, 'America/New_York'] as const,
  ),
  // Central
  ...['AL', 'AR', 'IA', 'IL', 'LA', 'MN', 'MO', 'MS', 'OK', 'WI'].map((state) => [state, 'America/Chicago'] as const),
  // Mountain
  ...['CO', 'MT', 'NM', 'UT', 'WY'].map((state) => [state, 'America/Denver'] as const),
  // Pacific
  ...['CA', 'WA'].map((state) => [state, 'America/Los_Angeles'] as const),
  ['HI', 'Pacific/Honolulu'],
  ['PR', 'America/Puerto_Rico'],
  ['VI', 'America/St_Thomas'],
  ['GU', 'Pacific/Guam'],
  ['MP', 'Pacific/Saipan'],
  ['AS', 'Pacific/Pago_Pago'],
  // Canada
  ['AB', 'America/Edmonton'],
  ['MB', 'America/Winnipeg'],
  ['NB', 'America/Moncton'],
  ['NS', 'America/Halifax'],
  ['NT', 'America/Edmonton'],
  ['PE', 'America/Halifax'],
  ['YT', 'America/Whitehorse'],
]);
