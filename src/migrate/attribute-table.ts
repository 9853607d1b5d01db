import { quote } from '../_lib/describe';
import { formatPath, issue, type Issue, type PathSegment } from '../issues/issue';
import { isRecord } from '../_lib/is-record';
import { plural } from '../_lib/plural';
import { normalizePostalCode, type PostalCountry } from '../normalize/postal-code';
import { normalizeState } from '../normalize/state';
import { OrchestrationSchema } from '../schemas/enums';
import { LIMITS } from '../schemas/limits';
import { invalidTypeIssue } from '../validate/messages';

// The guide's attribute table ("Migrating from Job Offers"), as one value: the migration is driven
// by it (`map-job-offer.ts`), docs/mapping.md's table is checked against it, and every Work Order
// value the migration writes records the row it came from, so that issues found on the Work Order
// are reported at the Job Offer field behind them.
//
// Paths are dotted, as the guide writes them. On the Job Offer side `$` is each element of an array.
// On the Work Order side `$` is the element at the same index as the Job Offer's `$` (the k-th `$`
// of a path binds to the k-th `$` of its Job Offer path), `[0]` a fixed element, and `[+]` a new
// element appended for each Job Offer value (each phone, or the email): the rows below a section
// whose target ends in `[+]` write into that section's element.

/** How a row carries its Job Offer value over to the Work Order. */
export type Transfer =
  /** The value as it is: a string or number, or an object field for field (an address becomes a Location). */
  | 'copy'
  /** The value as a member of an array (`external_id` → `external_ids`), unless the array holds it already. */
  | 'wrap'
  /** Each member of an array appended to the target array, in order, unless the array holds it already. */
  | 'append'
  /** Nothing is carried: a `dropped_field` warning names the field and the row's `reason`. */
  | 'drop'
  /** Nothing is carried: the value is checked (`read`) and used up. */
  | 'consume'
  /** A container: the rows below it write into the row's Work Order target. */
  | 'section';

/** @internal What a row's `read` and `check` functions may do besides returning a value. */
export interface RowContext {
  /** The Job Offer path of the value. */
  readonly path: readonly PathSegment[];
  /** Reports an issue (at a Job Offer path). */
  readonly report: (found: Issue) => void;
  /** Reports an issue after which the Job Offer is checked no further (a size limit). */
  readonly stop: (found: Issue) => void;
  /** Scratch state of one migration, shared by the rows (e.g. the path of the phone already preferred). */
  readonly state: { preferredPhone?: readonly PathSegment[] | undefined };
}

/** @internal Returned by `read` when nothing is to be written. */
export const SKIP: unique symbol = Symbol('skip');

/** One row of the attribute table, with the library's decision for it. */
export interface AttributeRow {
  /** The Job Offer attribute, e.g. `entities.$.data.name` (`''` is the Job Offer itself). */
  readonly jobOffer: string;
  /** The Work Order attribute it becomes, e.g. `service_providers.$.name`; `null` when nothing is carried. */
  readonly workOrder: string | null;
  /** How the value is carried over. */
  readonly transfer: Transfer;
  /** What the library does, in one or two sentences (docs/mapping.md's third column). */
  readonly decision: string;
  /** The fixture pairs (fixtures/pairs, or fixtures/invalid-job-offers/…) that show it. */
  readonly fixtures: readonly string[];
  /** True for a row of the guide's own table; false for a container the table implies. */
  readonly guide: boolean;
  /** Values written with it: into the section's target (sections), or beside the value (other rows). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** For `drop` rows: why the field has no place in a Work Order (ends the `dropped_field` message). */
  readonly reason?: string;
  /** Maps the value before it is written, or checks it (`consume`); may report issues and return {@link SKIP}. */
  readonly read?: (value: unknown, at: RowContext) => unknown;
  /** For sections: checks the section's fields (`field(key)` gives one) before its rows run; false skips its rows. */
  readonly check?: (field: (key: string) => unknown, at: RowContext) => boolean;
}

const ORCHESTRATIONS: ReadonlySet<unknown> = new Set(OrchestrationSchema.options);
const EXPIRY = 'Work Orders do not expire, so offer expiry is no longer supported.';

/** Reports a value that is not a string (`invalid_type`) or not one the row accepts (`found`). */
function reject(value: unknown, at: RowContext, found: (text: string) => Issue): typeof SKIP {
  at.report(typeof value === 'string' ? found(value) : invalidTypeIssue(at.path, 'string', value));
  return SKIP;
}

/** `offer_strategy`: Job Offers were always direct, so none means `"direct"`; anything else must be an orchestration. */
function readOfferStrategy(value: unknown, at: RowContext): unknown {
  if (value === undefined) return 'direct';
  if (ORCHESTRATIONS.has(value)) return value;
  return reject(value, at, (text) =>
    issue('invalid_value', at.path, `In "${formatPath(at.path)}", ${quote(text)} is not an orchestration a Work Order knows: use "direct" (one organization, as Job Offers did), "round_robin" or "jump_ball".`),
  );
}

/** `entities.$.type`: only organizations can receive a Work Order. */
function readEntityType(value: unknown, at: RowContext): unknown {
  if (value === undefined || value === 'organization') return SKIP;
  return reject(value, at, (text) =>
    issue('unsupported_entity_type', at.path, `In "${formatPath(at.path)}", "${text}" entities cannot receive a Work Order: work orders go to service providers only, so send it to an "organization".`),
  );
}

/** `phone_numbers.$.primary`: the first primary phone stays preferred; later ones are demoted. */
function readPhonePrimary(value: unknown, at: RowContext): unknown {
  if (value !== true) return value;
  const first = at.state.preferredPhone;
  if (first === undefined) {
    at.state.preferredPhone = at.path.slice(0, -1);
    return true;
  }
  at.report(
    issue(
      'preferred_demoted',
      at.path,
      `"${formatPath(at.path)}" is true, but "${formatPath(first)}" is already primary and a contact may have one preferred phone, so this one became "preferred": false: mark one phone primary to choose.`,
    ),
  );
  return false;
}

const COUNTRIES: ReadonlyMap<string, PostalCountry> = new Map([
  ['us', 'US'],
  ['usa', 'US'],
  ['united states', 'US'],
  ['united states of america', 'US'],
  ['ca', 'CA'],
  ['can', 'CA'],
  ['canada', 'CA'],
]);
const COUNTRY_NAMES: Readonly<Record<PostalCountry, string>> = { US: 'the US', CA: 'Canada' };

/**
 * An address: copied as a Location. A legacy `country` (a Location has none) is consumed when it
 * agrees with the state and the postal code, and an `invalid_country` error when it names another
 * country than theirs or one the platform does not serve.
 */
function readAddress(value: unknown, at: RowContext): unknown {
  if (!isRecord(value) || value['country'] === undefined) return value;
  const { country, ...location } = value;
  const path = [...at.path, 'country'];
  if (typeof country !== 'string') {
    at.report(invalidTypeIssue(path, 'string', country));
    return location;
  }
  const named = COUNTRIES.get(country.trim().toLowerCase());
  if (named === undefined) {
    at.report(issue('invalid_country', path, `In "${formatPath(path)}", ${quote(country)} is not a country the platform serves: Dispatch works in the US and Canada only; write "US" or "CA", or leave it out.`));
    return location;
  }
  const state = typeof location['state'] === 'string' ? normalizeState(location['state']) : undefined;
  const postal = typeof location['postal_code'] === 'string' ? normalizePostalCode(location['postal_code']) : undefined;
  const other = state?.ok && state.country !== named ? `state "${state.value}"` : postal?.ok && postal.country !== named ? `postal code "${postal.value}"` : undefined;
  if (other !== undefined) {
    at.report(
      issue('invalid_country', path, `In "${formatPath(path)}", ${quote(country)} is ${COUNTRY_NAMES[named]}, but the ${other} is not: correct the country, the state or the postal code so that all three agree.`),
    );
  }
  return location;
}

/**
 * `customer`: its email and its phones become the contact methods of one contact, which has at most
 * `LIMITS.maxContactMethods` of them, so the Job Offer's limit on phones counts the email too.
 */
function checkContactMethods(field: (key: string) => unknown, at: RowContext): boolean {
  const phones = field('phone_numbers');
  const email = field('email');
  // More phones than the limit alone are too_large at the phones anyway (the array's own limit).
  if (!Array.isArray(phones) || email === undefined || phones.length !== LIMITS.maxContactMethods) return true;
  at.stop(
    issue(
      'too_large',
      [...at.path, 'phone_numbers'],
      `"${formatPath([...at.path, 'phone_numbers'])}" has ${phones.length} entries and the customer an email: a contact has at most ${LIMITS.maxContactMethods} phones and emails together; leave out a phone or the email.`,
    ),
  );
  return false;
}

/**
 * `appointment`: the two window arrays pair by index, so they must have the same length. When one
 * is not an array (the walk reports its type), no window is built from the other alone.
 */
function checkWindowCounts(field: (key: string) => unknown, at: RowContext): boolean {
  const starts = field('window_start_time') ?? [];
  const ends = field('window_end_time') ?? [];
  if (!Array.isArray(starts) || !Array.isArray(ends)) return false;
  if (starts.length === ends.length) return true;
  at.report(
    issue(
      'window_count_mismatch',
      at.path,
      `"${formatPath([...at.path, 'window_start_time'])}" has ${plural(starts.length, 'entry', 'entries')} and "${formatPath([...at.path, 'window_end_time'])}" has ${plural(ends.length, 'entry', 'entries')}: give one end for each start, in the same order.`,
    ),
  );
  return false;
}

/**
 * The attribute table of the guide, row for row in the guide's order, with the containers it
 * implies (`guide: false`) and the library's decision for each row. The migration is driven by it.
 */
export const ATTRIBUTE_TABLE: readonly AttributeRow[] = [
  {
    jobOffer: '',
    workOrder: '',
    transfer: 'section',
    set: { workflow: 'service' },
    decision: 'The Job Offer becomes the Work Order, with `workflow: "service"`: Job Offers were always the service workflow.',
    fixtures: ['minimal'],
    guide: false,
  },
  {
    jobOffer: 'offer_strategy',
    workOrder: 'orchestration',
    transfer: 'copy',
    read: readOfferStrategy,
    decision: 'Copied when it is `direct`, `round_robin` or `jump_ball`; absent → `"direct"`; anything else is an `invalid_value` error at `offer_strategy`.',
    fixtures: ['offer-strategy-direct-explicit', 'offer-strategy-round-robin', 'offer-strategy-jump-ball', 'invalid-job-offers/offer-strategy-unknown'],
    guide: true,
  },
  {
    jobOffer: 'duration',
    workOrder: null,
    transfer: 'drop',
    reason: EXPIRY,
    decision: '`dropped_field` warning: Work Orders do not expire.',
    fixtures: ['dropped-expiry-and-ui-options', 'guide-example'],
    guide: true,
  },
  {
    jobOffer: 'duration_algorithm',
    workOrder: null,
    transfer: 'drop',
    reason: EXPIRY,
    decision: '`dropped_field` warning: Work Orders do not expire.',
    fixtures: ['dropped-expiry-and-ui-options'],
    guide: true,
  },
  {
    jobOffer: 'ui_options',
    workOrder: null,
    transfer: 'drop',
    reason: 'display options are now set per account, not per work order; ask your account manager.',
    decision: '`dropped_field` warning: display options are now set per account.',
    fixtures: ['dropped-expiry-and-ui-options'],
    guide: true,
  },
  {
    jobOffer: 'entities',
    workOrder: 'service_providers',
    transfer: 'section',
    decision: 'The organizations become the service providers; none (or `[]`) gives no `service_providers` key, which a direct offer reports as `direct_single_provider` at `entities`.',
    fixtures: ['invalid-job-offers/no-entities', 'invalid-job-offers/direct-two-entities'],
    guide: false,
  },
  {
    jobOffer: 'entities.$',
    workOrder: 'service_providers.$',
    transfer: 'section',
    decision: 'Each entity becomes the service provider at the same index.',
    fixtures: ['entity-all-fields'],
    guide: false,
  },
  {
    jobOffer: 'entities.$.type',
    workOrder: null,
    transfer: 'consume',
    read: readEntityType,
    decision: '`"organization"` or absent: consumed silently (it is what every Work Order provider is). Any other type: `unsupported_entity_type` error at `entities[i].type`.',
    fixtures: ['entity-without-type', 'invalid-job-offers/entity-type-unsupported'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.id',
    workOrder: 'service_providers.$.id',
    transfer: 'copy',
    decision: 'Copied (an integer).',
    fixtures: ['minimal', 'entity-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.external_id',
    workOrder: 'service_providers.$.external_ids',
    transfer: 'wrap',
    decision: 'Becomes the first member of `external_ids`.',
    fixtures: ['entity-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.data',
    workOrder: 'service_providers.$',
    transfer: 'section',
    decision: "The organization's details become the provider's own fields.",
    fixtures: ['entity-all-fields'],
    guide: false,
  },
  {
    jobOffer: 'entities.$.data.name',
    workOrder: 'service_providers.$.name',
    transfer: 'copy',
    decision: 'Copied.',
    fixtures: ['entity-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.data.address',
    workOrder: 'service_providers.$.address',
    transfer: 'copy',
    read: readAddress,
    decision: 'Copied as a Location and normalized; a legacy `country` is consumed when it agrees with the state and postal code (an `invalid_country` error when not).',
    fixtures: ['entity-all-fields', 'address-country'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.data.email',
    workOrder: 'service_providers.$.email',
    transfer: 'copy',
    decision: 'Copied; must be an email address.',
    fixtures: ['entity-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.data.phone_number',
    workOrder: 'service_providers.$.phone_number',
    transfer: 'copy',
    decision: 'Normalized (see phones below).',
    fixtures: ['entity-all-fields', 'option-rfc3966-canada'],
    guide: true,
  },
  {
    jobOffer: 'entities.$.data.external_ids',
    workOrder: 'service_providers.$.external_ids',
    transfer: 'append',
    decision: 'A legacy id array (not in the guide; real integrations send it): its members follow `entities[i].external_id` in `external_ids`, in order, each once.',
    fixtures: ['external-ids-merged'],
    guide: false,
  },
  {
    jobOffer: 'job',
    workOrder: '',
    transfer: 'section',
    decision: "The job's fields become the Work Order's top level; required.",
    fixtures: ['minimal', 'invalid-job-offers/job-title-missing'],
    guide: false,
  },
  {
    jobOffer: 'job.title',
    workOrder: 'title',
    transfer: 'copy',
    decision: 'Copied; required, and not empty or blank (white space alone is `invalid_value`).',
    fixtures: ['minimal'],
    guide: true,
  },
  {
    jobOffer: 'job.description',
    workOrder: 'description',
    transfer: 'copy',
    decision: 'Copied **verbatim** (whitespace and punctuation kept).',
    fixtures: ['job-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'job.service_type',
    workOrder: 'service_type',
    transfer: 'copy',
    decision: 'Copied.',
    fixtures: ['job-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'job.external_id',
    workOrder: 'external_ids',
    transfer: 'wrap',
    decision: 'Becomes the first member of `external_ids`.',
    fixtures: ['job-all-fields'],
    guide: true,
  },
  {
    jobOffer: 'job.external_ids',
    workOrder: 'external_ids',
    transfer: 'append',
    decision: 'A legacy id array (not in the guide; real integrations send it): its members follow `job.external_id` in `external_ids`, in order, each once, so a re-sent Work Order finds the same job.',
    fixtures: ['external-ids-merged'],
    guide: false,
  },
  {
    jobOffer: 'job.address',
    workOrder: 'location',
    transfer: 'copy',
    read: readAddress,
    decision: 'Copied as a Location and normalized; required. A legacy `country` (`"US"`, `"USA"`, `"CA"`, `"Canada"`, any case) is consumed when it agrees with the state and postal code, and an `invalid_country` error when it does not.',
    fixtures: ['address-canadian-normalized', 'address-zip-plus-four', 'address-country', 'invalid-job-offers/address-country-contradicts'],
    guide: true,
  },
  {
    jobOffer: 'customer',
    workOrder: 'contacts[0]',
    transfer: 'section',
    set: { primary: true },
    check: checkContactMethods,
    decision: 'The customer becomes the only contact, `primary: true`; required. Its email and phones are its contact methods, at most 20 together (`LIMITS.maxContactMethods`).',
    fixtures: ['minimal', 'invalid-job-offers/customer-missing'],
    guide: false,
  },
  {
    jobOffer: 'customer.first_name',
    workOrder: 'contacts[0].first_name',
    transfer: 'copy',
    decision: 'Copied.',
    fixtures: ['minimal'],
    guide: true,
  },
  {
    jobOffer: 'customer.last_name',
    workOrder: 'contacts[0].last_name',
    transfer: 'copy',
    decision: 'Copied.',
    fixtures: ['minimal'],
    guide: true,
  },
  {
    jobOffer: 'customer.email',
    workOrder: 'contacts[0].contact_methods[+].value',
    transfer: 'copy',
    set: { method: 'email', preferred: true },
    decision: '`{ method: "email", value, preferred: true }`, first in the list; no `type` is invented.',
    fixtures: ['customer-email-external-id-billing'],
    guide: true,
  },
  {
    jobOffer: 'customer.phone_numbers',
    workOrder: 'contacts[0].contact_methods',
    transfer: 'section',
    decision: 'The phones follow the email in the contact methods, in input order.',
    fixtures: ['customer-phones-normalized', 'guide-example'],
    guide: false,
  },
  {
    jobOffer: 'customer.phone_numbers.$',
    workOrder: 'contacts[0].contact_methods[+]',
    transfer: 'section',
    set: { method: 'phone' },
    decision: 'Each phone becomes a `{ method: "phone", … }` contact method.',
    fixtures: ['customer-phones-normalized'],
    guide: false,
  },
  {
    jobOffer: 'customer.phone_numbers.$.number',
    workOrder: 'contacts[0].contact_methods[+].value',
    transfer: 'copy',
    decision: 'Normalized (see phones below); required.',
    fixtures: ['customer-phones-normalized'],
    guide: true,
  },
  {
    jobOffer: 'customer.phone_numbers.$.type',
    workOrder: 'contacts[0].contact_methods[+].type',
    transfer: 'copy',
    decision: 'Copied.',
    fixtures: ['customer-phones-normalized'],
    guide: true,
  },
  {
    jobOffer: 'customer.phone_numbers.$.primary',
    workOrder: 'contacts[0].contact_methods[+].preferred',
    transfer: 'copy',
    read: readPhonePrimary,
    decision: '`preferred`, not `notify` (see the decisions); absent stays absent. A second primary phone becomes `preferred: false` with a `preferred_demoted` warning.',
    fixtures: ['customer-several-primary-phones'],
    guide: true,
  },
  {
    jobOffer: 'customer.external_id',
    workOrder: 'contacts[0].external_ids',
    transfer: 'wrap',
    decision: 'Becomes the first member of `contacts[0].external_ids`.',
    fixtures: ['customer-email-external-id-billing'],
    guide: true,
  },
  {
    jobOffer: 'customer.external_ids',
    workOrder: 'contacts[0].external_ids',
    transfer: 'append',
    decision: 'A legacy id array (not in the guide; real integrations send it): its members follow `customer.external_id`, in order, each once, so the platform matches the same customer.',
    fixtures: ['external-ids-merged'],
    guide: false,
  },
  {
    jobOffer: 'customer.billing_address',
    workOrder: 'contacts[0].billing_address',
    transfer: 'copy',
    read: readAddress,
    decision: 'Copied as a Location and normalized; a legacy `country` as for `job.address`.',
    fixtures: ['customer-email-external-id-billing', 'address-country'],
    guide: true,
  },
  {
    jobOffer: 'customer.home_address',
    workOrder: null,
    transfer: 'drop',
    reason: "the home address is no longer needed; the work order's location serves instead.",
    decision: "`dropped_field` warning: the work order's location serves instead.",
    fixtures: ['customer-home-address-dropped'],
    guide: true,
  },
  {
    jobOffer: 'appointment',
    workOrder: 'appointment_windows',
    transfer: 'section',
    check: checkWindowCounts,
    decision: 'The two window arrays pair by index; arrays of different length are a `window_count_mismatch` error at `appointment` and build no window; empty arrays give no `appointment_windows` key.',
    fixtures: ['appointment-empty-windows', 'invalid-job-offers/window-count-mismatch'],
    guide: false,
  },
  {
    jobOffer: 'appointment.window_start_time.$',
    workOrder: 'appointment_windows.$.start_time',
    transfer: 'copy',
    decision: 'Paired by index with the end times.',
    fixtures: ['appointment-three-windows'],
    guide: true,
  },
  {
    jobOffer: 'appointment.window_end_time.$',
    workOrder: 'appointment_windows.$.end_time',
    transfer: 'copy',
    decision: 'Paired by index with the start times.',
    fixtures: ['appointment-three-windows'],
    guide: true,
  },
];
