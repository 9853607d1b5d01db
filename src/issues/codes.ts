import type { IssueCode } from './issue';

/** What an issue code means, an example of what raises it, and how to fix it: docs/issues.md's tables. */
export interface IssueCodeDoc {
  /** What the code means, in a sentence or two. */
  readonly meaning: string;
  /** A payload or value that raises it. */
  readonly example: string;
  /** How to fix it (for a warning: what to do about it). */
  readonly fix: string;
}

/**
 * @internal Every issue code's documentation, keyed by code, so that the code list and the docs
 * cannot drift: docs/issues.md's tables are rendered from it (test/issues/codes.test.ts).
 */
export const ISSUE_CODE_DOCS: Readonly<Record<IssueCode, IssueCodeDoc>> = {
  required: {
    meaning:
      'A required field is missing, or `null`: `title`, `location`, `contacts`, `street_1` and `city` of every Location, `start_time`/`end_time` of every window, `method`/`value` of every contact method; for a Job Offer also `job`, `job.title`, `job.address`, `customer`, and `number` of each phone.',
    example: "`{ path: ['location', 'city'] }`",
    fix: 'Add the field.',
  },
  invalid_type: {
    meaning: 'A field has the wrong JSON type, or the payload is not an object.',
    example: '`"title": 42`',
    fix: 'Send the type the schema names (a string, a whole number, true/false, an object or an array).',
  },
  invalid_value: {
    meaning:
      'A value outside its set, an empty required value, or an id outside the whole numbers JavaScript holds exactly: `workflow`, `orchestration`, `status`, `method`, `offer_strategy`; `""` or white space alone (`"   "`) for `title`, `street_1` or `city`, `""` for an external id; `[]` for `contacts`; `id: 2**53 + 2`.',
    example: '`"orchestration": "broadcast"`',
    fix: 'Use one of the values the message lists, or fill the field in.',
  },
  invalid_phone: {
    meaning:
      'Not a possible US or Canadian phone number: not ten digits after +1, an area code starting with 0 or 1 (none exists), a seven-digit number without its area code, or letters (a vanity number).',
    example: '`"555-12"`, `"+44 20 7946 0958"`, `"123-456-7890"`, `"1-800-FLOWERS"`',
    fix: 'Write ten digits after +1, e.g. `+16175551234` or `(617) 555-1234`; a vanity number in digits.',
  },
  invalid_email: { meaning: 'Not an email address.', example: '`"joe@"`', fix: 'Write `name@example.com`.' },
  invalid_timestamp: {
    meaning:
      'Not an ISO 8601 timestamp, or one without `Z` or an offset (the instant it means is unknown); with `localTimes: \'location\'`, a time without offset whose location has no valid time zone. Seconds, a fraction and a lowercase `t`/`z` are fine, and the result writes each timestamp in one form (`2017-01-01T05:00Z` → `2017-01-01T05:00:00Z`).',
    example: '`"2017-01-01T05:00:00"`',
    fix: 'Add `Z` for UTC or the local offset: `2017-01-01T05:00:00-05:00`; or migrate with `localTimes: \'location\'` and a location time zone (see [time.md](time.md)).',
  },
  invalid_postal_code: {
    meaning: 'Not a 5-digit US ZIP or 6-character Canadian postal code, or of the other country than the state.',
    example: '`"2115"`; `state: "MA"` with `"K1A0B1"`',
    fix: 'Correct the code or the state.',
  },
  invalid_state: {
    meaning: 'Not the two-letter code of a US state, DC, US territory, or Canadian province or territory.',
    example: '`"Massachusetts"`',
    fix: 'Use `MA`.',
  },
  invalid_timezone: {
    meaning: 'Not an IANA time zone.',
    example: '`"Eastern Time"`',
    fix: 'Use e.g. `America/New_York`, or leave it out: the platform derives it from the postal code.',
  },
  invalid_country: {
    meaning:
      "A legacy Job Offer address's `country` names a country the platform does not serve, or another country than its state or postal code.",
    example: '`"country": "CA"` with `state: "MA"`; `"country": "Mexico"`',
    fix: 'Correct the country, the state or the postal code so that all three agree, or leave the country out.',
  },
  window_count_mismatch: {
    meaning: "A Job Offer's `window_start_time` and `window_end_time` have different lengths.",
    example: '2 starts, 1 end',
    fix: 'Give one end per start, in the same order.',
  },
  unsupported_entity_type: {
    meaning: 'A Job Offer entity is not an organization; Work Orders go to service providers only.',
    example: '`"type": "technician"`',
    fix: "Send the work to the technician's organization.",
  },
  primary_contact_count: {
    meaning: "Not exactly one of a Work Order's contacts is `primary: true`. (A Work Order without contacts gets `required`, or `invalid_value` for `\"contacts\": []`.)",
    example: 'two primaries',
    fix: 'Mark exactly one contact primary.',
  },
  preferred_method_conflict: {
    meaning: 'A contact has more than one preferred phone, or more than one preferred email.',
    example: 'two `preferred: true` phones',
    fix: 'Keep one preferred phone and one preferred email at most.',
  },
  direct_single_provider: {
    meaning: '`direct` orchestration with other than exactly one service provider (for a Job Offer: entity).',
    example: 'two providers',
    fix: 'Keep one, or use `round_robin`/`jump_ball`.',
  },
  no_service_provider: {
    meaning: '`round_robin` or `jump_ball` with no service provider.',
    example: '`"service_providers": []`',
    fix: 'Add at least one provider.',
  },
  window_order: {
    meaning: "A window's start is not before its end (compared as instants).",
    example: 'start 13:00Z, end 13:00Z',
    fix: 'Make `start_time` earlier than `end_time`.',
  },
  provider_unidentifiable: {
    meaning: 'A service provider with no `id`, no `external_ids` and no `name`: it can be neither matched nor created.',
    example: '`{ "email": "x@example.com" }`',
    fix: 'Give its Dispatch `id`, your `external_ids`, or at least its name.',
  },
  too_large: {
    meaning:
      "A value is over one of the size limits (`LIMITS`: string length, keys per object, items per array; a Job Offer customer's phones and email together count as contact methods); the payload is checked no further. See [reliability.md](reliability.md).",
    example: '51 contacts; a 100,000-character title',
    fix: 'Split the payload or shorten the value.',
  },
  nonexistent_local_time: {
    meaning: "With `localTimes: 'location'`, a window time the clocks skip when daylight saving time starts.",
    example: '`"2026-03-08T02:30:00"` in `America/New_York`',
    fix: 'Give a time outside the skipped hour, or write the offset you mean.',
  },
  unreadable_input: {
    meaning:
      'A value threw while it was read (a getter that throws, a revoked Proxy, a Proxy whose traps throw). Each property is read once and only own properties are read, so a value cannot change between checks; nothing else is checked in such a payload. Never produced by JSON data.',
    example: "`Object.defineProperty(offer, 'job', { get() { throw … } })`",
    fix: 'Pass plain data, such as the result of `JSON.parse`.',
  },
  unknown_field: {
    meaning:
      '`validateWorkOrder` met a key the Work Order does not have (often a typo); it is left out of the result. The message suggests the nearest field, or, for a top-level Job Offer field (`job`, `customer`…), to migrate the payload first. At most 100 are listed one by one; one more warning counts the rest.',
    example: '`"prefered": true`',
    fix: 'Fix the spelling, or remove the key; a Job Offer is migrated first.',
  },
  dropped_field: {
    meaning:
      '`migrateJobOffer` met a field the Work Order has no place for: `duration`, `duration_algorithm`, `ui_options`, `customer.home_address`, or any key the attribute table does not know (`latitude`, `service_fee`…); a top-level Work Order field (`title`, `contacts`…) gets a message saying to validate the payload instead. At most 100 are listed one by one; one more warning counts the rest.',
    example: '`"duration": -1`',
    fix: 'Nothing, if the data is not needed; otherwise carry it another way (e.g. in `description`). A Work Order is validated, not migrated.',
  },
  preferred_demoted: {
    meaning: 'Several customer phones were primary; the first stays preferred and this one became `preferred: false`.',
    example: 'two `primary: true` phones',
    fix: 'Mark the right phone primary in your source data.',
  },
  contact_incomplete: {
    meaning: 'A contact has no name and no phone or email (a Job Offer\'s `customer: {}`): no one can tell who it is or reach them.',
    example: '`{ "primary": true }`',
    fix: 'Give a name and at least one phone number or email address.',
  },
  postal_code_truncated: {
    meaning: 'A ZIP+4 code was cut to its five digits.',
    example: '`"02115-1234"` → `"02115"`',
    fix: 'Nothing; or send five digits.',
  },
  phone_extension_dropped: {
    meaning:
      'A phone number had an extension (`ext. 22`, `x123`, `#45`, `;ext=301`), which the E.164 output cannot hold, so it was written without it. RFC 3966 output keeps it (`tel:+16175551234;ext=22`).',
    example: '`"(617) 555-1234 ext. 22"` → `"+16175551234"`',
    fix: "Use `phoneFormat: 'RFC3966'` to keep extensions.",
  },
  postal_code_state_mismatch: {
    meaning:
      "A postal code belongs to another state or province than the location's (USPS assigns ZIP codes by their first three digits, Canada Post postal codes by their first letter); the platform derives the time zone from the code.",
    example: '`state: "MA"` with `"90210"`; `state: "ON"` with `"V5K 0A1"`',
    fix: 'Correct the postal code or the state.',
  },
  timezone_mismatch: {
    meaning: "With the `inferTimezone` option, the location's `timezone` keeps other hours than the zone of its postal code.",
    example: '`"America/New_York"` for `46312` (East Chicago, IN: Central)',
    fix: 'Correct the zone or the address, or leave the zone out to have it derived.',
  },
  timezone_out_of_area: {
    meaning: "A location's time zone is used nowhere in the US or Canada, where the platform works.",
    example: '`"Europe/London"` for a Boston address',
    fix: "Give the location's own zone, or leave it out to have it derived from the postal code.",
  },
  ambiguous_local_time: {
    meaning: "With `localTimes: 'location'`, a window time the clocks pass twice (fall back); it was read as the earlier instant.",
    example: '`"2026-11-01T01:30:00"` in `America/New_York` → `-04:00`',
    fix: 'Nothing if the first is meant; otherwise write the later offset (`-05:00`).',
  },
  window_in_past: {
    meaning: 'With the `now` option, a window that ended at or before `now`.',
    example: '`end_time` `"2017-01-01T07:00:00Z"`, `now` `"2017-01-01T08:00:00Z"`',
    fix: 'Offer a later window, or remove it.',
  },
  window_overlap: {
    meaning: 'A window overlaps one that starts earlier (windows that only touch do not).',
    example: '05:00–07:00 and 06:00–08:00',
    fix: 'Offer windows that do not overlap, or merge them.',
  },
};
