import fc from 'fast-check';
import { PROVINCES_BY_LETTER, ZIP_PREFIXES } from '../normalize/postal-regions';
import { normalizeState, type StateCode } from '../normalize/state';
import type { ContactMethod, JobOfferInput, Location, LocationInput, WorkOrder } from '../validate/types.generated';

// fast-check arbitraries for Job Offers and Work Orders: realistic ones (valid by construction)
// and hostile ones (valid payloads broken in one or more places, and arbitrary JSON).

/**
 * Options of the payload arbitraries.
 *
 * @category Arbitraries
 */
export interface PayloadArbitraryOptions {
  /** How large arrays and texts grow (fast-check size), e.g. `'small'` or `'medium'`. Default `'small'`. */
  readonly size?: fc.Size;
  /** Most phone numbers per customer. Default 3. */
  readonly maxPhones?: number;
  /** Most appointment windows. Default 3. */
  readonly maxWindows?: number;
  /** Most service providers when the orchestration allows several. Default 3. */
  readonly maxProviders?: number;
}

/** The codes of `states` that a Work Order accepts (not the military or freely associated ones). */
function accepted(states: readonly string[]): StateCode[] {
  return states.flatMap((state) => {
    const read = normalizeState(state);
    return read.ok ? [read.value] : [];
  });
}

// ZIP prefixes with a state the Work Order accepts, so that a generated ZIP code and its state
// agree as USPS assigns them; the first letters of Canadian postal codes with their provinces.
const US_PREFIXES = ZIP_PREFIXES.flatMap(([first, last, states]) => {
  const codes = accepted(states);
  const out: [prefix: string, states: readonly StateCode[]][] = [];
  for (let p = Number(first); p <= Number(last) && codes.length > 0; p++) out.push([String(p).padStart(3, '0'), codes]);
  return out;
});
const CA_LETTERS = Object.entries(PROVINCES_BY_LETTER).map(([letter, provinces]) => [letter, accepted(provinces)] as const);
const ZONES = ['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles', 'America/Toronto', 'America/Halifax', 'America/St_Johns'] as const;
const CA_LETTER_INNER = 'ABCEGHJKLMNPRSTVWXYZ';

const word = fc.stringMatching(/^[A-Z][a-z]{2,9}$/);
const text = (size: fc.Size) => fc.string({ size, minLength: 1, maxLength: 60 }).filter((s) => s.trim() !== '');
const id = fc.stringMatching(/^[A-Z]{2,4}-?[0-9]{1,8}$/);

/**
 * A possible US or Canadian phone number (area code 200 to 999), written in one of the forms integrators use.
 *
 * @category Arbitraries
 */
export function phoneNumber(): fc.Arbitrary<string> {
  return fc
    .tuple(fc.integer({ min: 200, max: 999 }), fc.integer({ min: 200, max: 999 }), fc.integer({ min: 0, max: 9999 }), fc.nat(4))
    .map(([area, exchange, line, form]) => {
      const l = String(line).padStart(4, '0');
      return [`+1${area}${exchange}${l}`, `(${area}) ${exchange}-${l}`, `${area}.${exchange}.${l}`, `tel:+1-${area}-${exchange}-${l}`, `1 ${area} ${exchange} ${l}`][form]!;
    });
}

/**
 * An email address of the shape every validator accepts.
 *
 * @category Arbitraries
 */
export function emailAddress(): fc.Arbitrary<string> {
  return fc.tuple(fc.stringMatching(/^[a-z][a-z0-9._]{0,10}[a-z0-9]$/), fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom('com', 'ca', 'org', 'net')).map(([local, domain, tld]) => `${local.replace(/\.\.+/g, '.')}@${domain}.${tld}`);
}

/**
 * A US or Canadian address whose postal code is one of its state's (as USPS and Canada Post assign
 * them): in lenient forms (lowercase states, spaced Canadian codes), or canonical with `{ canonical: true }`.
 *
 * @category Arbitraries
 */
export function address(options: { canonical: true }): fc.Arbitrary<Location>;
/**
 * A US or Canadian address, in lenient forms unless `canonical` is `true`.
 *
 * @category Arbitraries
 */
export function address(options?: { canonical?: boolean }): fc.Arbitrary<LocationInput>;
export function address(options: { canonical?: boolean } = {}): fc.Arbitrary<LocationInput> {
  const us = fc.tuple(fc.constantFrom(...US_PREFIXES), fc.nat(99), fc.nat(), fc.boolean()).map(([[prefix, states], rest, pick, lower]) => {
    const state = states[pick % states.length]!;
    return { state: lower && options.canonical !== true ? state.toLowerCase() : state, postal_code: `${prefix}${String(rest).padStart(2, '0')}` };
  });
  const ca = fc
    .tuple(fc.constantFrom(...CA_LETTERS), fc.nat(), fc.nat(9), fc.constantFrom(...CA_LETTER_INNER), fc.nat(9), fc.constantFrom(...CA_LETTER_INNER), fc.nat(9), fc.boolean())
    .map(([[a, provinces], pick, b, c, d, e, f, spaced]) => {
      const state = provinces[pick % provinces.length]!;
      const code = `${a}${b}${c}${d}${e}${f}`;
      return { state, postal_code: spaced && options.canonical !== true ? `${code.slice(0, 3)} ${code.slice(3).toLowerCase()}` : code };
    });
  return fc.record(
    {
      street_1: fc.tuple(fc.integer({ min: 1, max: 9999 }), word).map(([n, w]) => `${n} ${w} Street`),
      street_2: fc.constantFrom('Apt 2', 'Suite 100', 'Unit B'),
      city: word,
      region: fc.oneof(us, ca),
      timezone: fc.constantFrom(...ZONES),
    },
    { requiredKeys: ['street_1', 'city', 'region'] },
  ).map(({ region, ...rest }) => ({ ...rest, ...region }));
}

/** Windows in time order that do not overlap (`Z` or an offset), each 1 to 8 hours long. */
function windows(max: number): fc.Arbitrary<{ start_time: string; end_time: string }[]> {
  const offsetMinutes = { Z: 0, '-05:00': -300, '-08:00': -480, '-03:30': -210 } as const;
  const format = (ms: number, offset: keyof typeof offsetMinutes) => {
    if (offset === 'Z') return new Date(ms).toISOString().replace('.000Z', 'Z');
    return new Date(ms + offsetMinutes[offset] * 60_000).toISOString().slice(0, 19) + offset;
  };
  const slot = fc.record({
    gapHours: fc.integer({ min: 0, max: 72 }),
    hours: fc.integer({ min: 1, max: 8 }),
    offset: fc.constantFrom<keyof typeof offsetMinutes>('Z', '-05:00', '-08:00', '-03:30'),
  });
  return fc.tuple(fc.integer({ min: 0, max: 13 * 365 * 24 }), fc.array(slot, { maxLength: max })).map(([firstHour, slots]) => {
    let cursor = Date.UTC(2017, 0, 1) + firstHour * 3_600_000;
    return slots.map(({ gapHours, hours, offset }) => {
      const start = cursor + gapHours * 3_600_000;
      cursor = start + hours * 3_600_000;
      return { start_time: format(start, offset), end_time: format(cursor, offset) };
    });
  });
}

/**
 * A realistic legacy Job Offer that migrates successfully: several phones, windows and entities,
 * lenient forms (national phone numbers, lowercase states, spaced Canadian codes).
 *
 * @category Arbitraries
 */
export function jobOffer(options: PayloadArbitraryOptions = {}): fc.Arbitrary<JobOfferInput> {
  const size = options.size ?? 'small';
  const entity = fc.record(
    {
      type: fc.constant('organization'),
      id: fc.integer({ min: 1, max: 2 ** 31 }),
      external_id: id,
      data: fc.record({ name: word.map((w) => `${w} Plumbing`), email: emailAddress(), phone_number: phoneNumber(), address: address() }, { requiredKeys: [] }),
    },
    { requiredKeys: ['id'] },
  );
  const phones = fc
    .array(fc.record({ number: phoneNumber(), type: fc.constantFrom('mobile', 'home', 'work', 'fax'), primary: fc.boolean() }, { requiredKeys: ['number'] }), { maxLength: options.maxPhones ?? 3 })
    // At most one primary phone, so that a valid offer migrates without demotion warnings.
    .map((list) => {
      let seen = false;
      return list.map((p) => {
        if (p.primary !== true) return p;
        if (seen) return { ...p, primary: false };
        seen = true;
        return p;
      });
    });
  return fc
    .record(
      {
        offer_strategy: fc.constantFrom('direct', 'round_robin', 'jump_ball'),
        job: fc.record(
          { title: text(size), description: fc.string({ size }), service_type: fc.constantFrom('PLB', 'HVAC', 'ELEC'), external_id: id, address: address() },
          { requiredKeys: ['title', 'address'] },
        ),
        appointment: windows(options.maxWindows ?? 3).map((list) => ({ window_start_time: list.map((w) => w.start_time), window_end_time: list.map((w) => w.end_time) })),
        // A customer has a name (one with neither a name nor a phone or email is warned about).
        customer: fc.record(
          { first_name: word, last_name: word, email: emailAddress(), phone_numbers: phones, external_id: id, billing_address: address() },
          { requiredKeys: ['first_name'] },
        ),
        entities: fc.array(entity, { minLength: 1, maxLength: options.maxProviders ?? 3 }),
      },
      { requiredKeys: ['job', 'customer', 'entities'] },
    )
    // A direct offer (or one without a strategy, which is direct) goes to one organization.
    .map((offer) => (offer.offer_strategy === undefined || offer.offer_strategy === 'direct' ? { ...offer, entities: offer.entities.slice(0, 1) } : offer));
}

/**
 * A Work Order that validates, in canonical form (valid by construction).
 *
 * @category Arbitraries
 */
export function workOrder(options: PayloadArbitraryOptions = {}): fc.Arbitrary<WorkOrder> {
  const size = options.size ?? 'small';
  const method = fc.oneof(
    fc.record({ method: fc.constant('phone' as const), type: fc.constantFrom('mobile', 'home', 'work'), value: phoneNumber().map(toE164) }, { requiredKeys: ['method', 'value'] }),
    fc.record({ method: fc.constant('email' as const), type: fc.constantFrom('work', 'home'), value: emailAddress() }, { requiredKeys: ['method', 'value'] }),
  );
  const contact = (primary: boolean) =>
    fc.record(
      {
        first_name: word,
        last_name: word,
        company_name: word.map((w) => `${w}, Inc.`),
        external_ids: fc.array(id, { minLength: 1, maxLength: 2 }),
        primary: fc.constant(primary),
        notes: fc.string({ size }),
        billing_address: address({ canonical: true }),
        contact_methods: fc.array(method, { maxLength: 4 }).map(preferFirstOfEachKind),
      },
      // A contact has a name (one with neither a name nor a phone or email is warned about).
      { requiredKeys: ['primary', 'first_name'] },
    );
  const provider = fc.record(
    {
      id: fc.integer({ min: 1, max: 2 ** 31 }),
      external_ids: fc.array(id, { minLength: 1, maxLength: 2 }),
      name: word.map((w) => `${w} Plumbing`),
      address: address({ canonical: true }),
      email: emailAddress(),
      phone_number: phoneNumber().map(toE164),
    },
    { requiredKeys: ['name'] },
  );
  return fc
    .record(
      {
        title: text(size),
        description: fc.string({ size }),
        service_type: fc.constantFrom('PLB', 'HVAC'),
        workflow: fc.constantFrom('service', 'sales'),
        brand_id: fc.integer({ min: 1, max: 10_000 }),
        orchestration: fc.constantFrom('direct', 'round_robin', 'jump_ball'),
        external_ids: fc.array(id, { minLength: 1, maxLength: 2 }),
        status: fc.constantFrom('offered', 'unscheduled', 'scheduled', 'paused', 'complete', 'canceled'),
        location: address({ canonical: true }),
        appointment_windows: windows(options.maxWindows ?? 3),
        contacts: fc.tuple(contact(true), fc.array(contact(false), { maxLength: 2 })).map(([primary, others]) => [primary, ...others]),
        service_providers: fc.array(provider, { minLength: 1, maxLength: options.maxProviders ?? 3 }),
      },
      { requiredKeys: ['title', 'location', 'contacts', 'orchestration', 'service_providers'] },
    )
    // Direct orchestration goes to exactly one service provider.
    .map((order) => (order.orchestration === 'direct' ? { ...order, service_providers: order.service_providers.slice(0, 1) } : order));
}

function toE164(phone: string): string {
  return `+1${phone.replace(/\D/g, '').slice(-10)}`;
}

function preferFirstOfEachKind(methods: ContactMethod[]): ContactMethod[] {
  const seen = new Set<unknown>();
  return methods.map((m) => {
    const first = !seen.has(m.method);
    seen.add(m.method);
    return { ...m, preferred: first };
  });
}

/** Keys that have tripped up JavaScript object handling: prototype keys and look-alikes. */
const NASTY_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '', ' ', 'title ', 'TITLE', '\u0000', '𝒯itle', 'e\u0301'];

/**
 * Any JSON value, with nasty keys, odd Unicode and deep nesting.
 *
 * @category Arbitraries
 */
export function anyJson(options: { size?: fc.Size; maxDepth?: number } = {}): fc.Arbitrary<unknown> {
  return fc.letrec<{ value: unknown; object: Record<string, unknown> }>((tie) => ({
    value: fc.oneof(
      { depthSize: options.size ?? 'small', maxDepth: options.maxDepth ?? 6 },
      fc.constantFrom(null, true, false, 0, -1, 1.5, 1e308, -0, '', ' '),
      fc.string({ unit: 'grapheme', size: options.size ?? 'small' }),
      fc.string({ unit: 'binary' }),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.array(tie('value'), { size: options.size ?? 'small' }),
      tie('object'),
    ),
    object: fc.array(fc.tuple(fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string()), tie('value')), { maxLength: 5 }).map(ownProperties),
  })).value;
}

/** Builds an object with own properties, `__proto__` included (as `JSON.parse` does), never a prototype change. */
function ownProperties(entries: readonly (readonly [string, unknown])[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  return out;
}

type Mutation = { readonly at: number; readonly kind: number; readonly payload: unknown; readonly key: string };

/**
 * A payload from `base` broken in one to three places: a field removed, a value replaced by any
 * JSON (wrong types, huge strings, odd Unicode), an extra or nasty key added, an array made sparse
 * or long.
 *
 * @category Arbitraries
 */
export function broken(base: fc.Arbitrary<unknown>, options: { size?: fc.Size } = {}): fc.Arbitrary<unknown> {
  const mutation = fc.record({
    at: fc.nat(),
    kind: fc.nat(5),
    payload: fc.oneof(anyJson(options), fc.constantFrom('x'.repeat(100_000), '\uD800', '٣٤٥', '\u202E1-555-123', 'ß'.repeat(300))),
    key: fc.oneof(fc.constantFrom(...NASTY_KEYS), fc.string()),
  });
  return fc.tuple(base, fc.array(mutation, { minLength: 1, maxLength: 3 })).map(([value, mutations]) => {
    let out = structuredClone(value);
    for (const m of mutations) out = mutate(out, m);
    return out;
  });
}

function mutate(root: unknown, m: Mutation): unknown {
  const containers: (Record<string, unknown> | unknown[])[] = [];
  const visit = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    containers.push(v as Record<string, unknown>);
    for (const child of Object.values(v)) visit(child);
  };
  visit(root);
  if (containers.length === 0) return m.payload;
  const target = containers[m.at % containers.length]!;
  const keys = Object.keys(target);
  const key = keys.length === 0 ? undefined : keys[m.at % keys.length]!;
  switch (m.kind) {
    case 0: // remove a field or element
      if (key !== undefined) delete (target as Record<string, unknown>)[key];
      break;
    case 1: // replace a value
      if (key !== undefined) (target as Record<string, unknown>)[key] = m.payload;
      break;
    case 2: // add a key, nasty ones included, as an own property
      if (!Array.isArray(target)) Object.defineProperty(target, m.key, { value: m.payload, enumerable: true, writable: true, configurable: true });
      break;
    case 3: // make an array sparse
      if (Array.isArray(target)) target.length += 2;
      break;
    case 4: // make an array long
      if (Array.isArray(target) && target.length > 0) for (let i = 0; i < 200; i++) target.push(target[i % target.length]);
      break;
    default: // replace the whole container's content with any JSON
      if (key !== undefined) (target as Record<string, unknown>)[key] = [m.payload, { [m.key]: m.payload }];
  }
  return root;
}
