// The corpus of `npm run bench`: realistic, varied Job Offers. US and Canadian addresses, ZIP+4
// codes, one to three phones per customer in the forms integrators really send (E.164, national
// with punctuation, `tel:` URIs), zero to four appointment windows in UTC and with offsets, one to
// three providers with the matching offer strategy, and now and then the legacy fields the
// migration drops (`duration`, `ui_options`, `home_address`). Every record migrates successfully;
// the same seed always gives the same records.
//
// Records come from a stream (`jobOfferStream`) that never writes a phone number twice: the
// library remembers the answer for each phone spelling it has read (a bounded memo), so a corpus
// that comes back to the same numbers measures mostly memo hits, while a batch of real customers
// mostly brings numbers never seen before. The stream holds a set of record templates (their
// shapes and values drawn from the seed) and fills each template's phone slots with numbers from
// a counter each time it hands the template out: the first `templates` records are the repeating
// corpus (given pass after pass), and every record after them is new in its phones.

/** A small, fast, seeded PRNG (mulberry32): the corpus must not depend on Math.random. */
export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = ['Joe', 'Ana', 'Wei', 'Priya', 'Marc', 'Chloé', 'Sam', 'Olu', 'Ines', 'Dmitri', 'Kate', 'Luis'];
const LAST = ['Shmo', 'Nguyen', 'García', 'Tremblay', 'Smith', 'Okafor', 'Rossi', 'Kowalski', 'Lee', 'Patel'];
const STREETS = ['Test Avenue', 'Main St', 'Rue Sainte-Catherine', 'Elm Street', 'Queen St W', 'Beacon St', 'Oak Drive'];
const TRADES = [
  ['PLB', 'Fix the Sink', 'The kitchen sink drains slowly and the trap leaks.'],
  ['HVAC', 'Furnace will not start', 'Pilot light goes out after a minute. Unit is ~12 years old.'],
  ['ELE', 'Replace breaker panel', '## Job Info\n* 100 A panel, upgrade to 200 A\n* Dog in the yard'],
  ['APP', 'Dishwasher repair', 'Error code E24; water stays in the bottom.'],
  ['ROOF', 'Inspect storm damage', 'Shingles missing on the north side after last night.'],
];
const PROVIDERS = ["Jim's Plumbing", 'Northside HVAC', 'Volt Electric Ltd.', 'Appliance Doctors', 'Maple Roofing Inc.'];
// [city, state, postal codes, time zone]: US codes, some as ZIP+4; Canadian codes in both spellings.
const PLACES = [
  ['Boston', 'MA', ['02114', '02115-1234', '02116'], 'America/New_York'],
  ['Chicago', 'IL', ['60601', '60614-3301'], 'America/Chicago'],
  ['Denver', 'CO', ['80202'], 'America/Denver'],
  ['Phoenix', 'AZ', ['85004'], 'America/Phoenix'],
  ['Seattle', 'WA', ['98101', '98109-4321'], 'America/Los_Angeles'],
  ['Ottawa', 'ON', ['K1A 0B1', 'K2P1L4'], 'America/Toronto'],
  ['Montréal', 'QC', ['H3B 2Y5', 'h2x 1y4'], 'America/Toronto'],
  ['Vancouver', 'BC', ['V6B 1A1'], 'America/Vancouver'],
];
const PHONE_TYPES = ['mobile', 'home', 'work', 'fax'];

/** Area codes by country: a phone's digits come from a counter of its own country, so no two are alike. */
const AREA_CODES = { US: ['617', '312', '720', '602', '206', '212', '415', '555'], CA: ['613', '514', '604', '416'] };
/** Ten digits as `area`, `exchange` (first digit 2 to 9, as in real numbers) and `line`. */
const SUBSCRIBERS = 8_000_000;

/** The spellings of one number (617 555 1234) that the corpus mixes, one chosen per phone slot. */
export const PHONE_FORMS = [
  (area, exchange, line) => `+1${area}${exchange}${line}`, // E.164
  (area, exchange, line) => `(${area}) ${exchange}-${line}`,
  (area, exchange, line) => `${area}.${exchange}.${line}`,
  (area, exchange, line) => `${area}-${exchange}-${line}`,
  (area, exchange, line) => `tel:+1-${area}-${exchange}-${line}`, // RFC 3966
  (area, exchange, line) => `+1 ${area} ${exchange} ${line}`,
];

// Stands for a phone number in a template's JSON text (its country and spelling); never appears
// in a record otherwise.
const slotToken = (country, form) => `#phone:${country}:${form}#`;
const SLOTS = /#phone:(US|CA):(\d)#/g;

/** Job Offer objects from `seed`, each phone written by `phone(country, form)`. */
function generate(count, seed, phone) {
  const random = prng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const int = (min, max) => min + Math.floor(random() * (max - min + 1));
  const chance = (p) => random() < p;
  const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');
  const slot = (country) => phone(country, int(0, PHONE_FORMS.length - 1));

  function address(place, withZone) {
    const [city, state, codes, zone] = place;
    const out = { street_1: `${int(1, 9999)} ${pick(STREETS)}`, city, state: chance(0.2) ? state.toLowerCase() : state, postal_code: pick(codes) };
    if (chance(0.2)) out.street_2 = `Apt ${int(1, 40)}`;
    if (withZone) out.timezone = zone;
    return out;
  }

  // Windows of one offer are on one day, in one offset, two hours long and three hours apart.
  function windows() {
    const n = int(0, 4);
    const date = `2017-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`;
    const offset = pick(['Z', 'Z', '-05:00', '-04:00', '-07:00', '-08:00']);
    const starts = [];
    const ends = [];
    for (let i = 0; i < n; i++) {
      const hour = String(8 + i * 3).padStart(2, '0');
      const endHour = String(10 + i * 3).padStart(2, '0');
      if (offset === 'Z') {
        starts.push(`${date}T${hour}:00:00Z`);
        ends.push(`${date}T${endHour}:00:00Z`);
      } else {
        starts.push(`${date}T${hour}:30:00${offset}`);
        ends.push(`${date}T${endHour}:30:00.000${offset}`);
      }
    }
    return { window_start_time: starts, window_end_time: ends };
  }

  const offers = [];
  for (let r = 0; r < count; r++) {
    const place = pick(PLACES);
    const canadian = place[1] === 'ON' || place[1] === 'QC' || place[1] === 'BC';
    const country = canadian ? 'CA' : 'US';
    const [serviceType, title, description] = pick(TRADES);
    const strategy = pick(['direct', 'direct', 'direct', undefined, 'round_robin', 'jump_ball']);
    const providerCount = strategy === 'direct' || strategy === undefined ? 1 : int(1, 3);

    const offer = {};
    if (strategy !== undefined) offer.offer_strategy = strategy;
    if (chance(0.3)) offer.duration = pick([-1, 3600, 86400]);
    if (chance(0.1)) offer.ui_options = { show_price: chance(0.5) };
    const job = { title: `${serviceType} ${int(100, 999)}: ${title}`, address: address(place, chance(0.3)) };
    if (chance(0.8)) job.description = description;
    job.service_type = serviceType;
    if (chance(0.7)) job.external_id = `JOB-${digits(6)}`;
    offer.job = job;
    if (chance(0.85)) offer.appointment = windows();

    const customer = { first_name: pick(FIRST), last_name: pick(LAST) };
    if (chance(0.8)) customer.email = `${customer.first_name.toLowerCase().normalize('NFD').replace(/[^a-z]/g, '')}.${r}@example.com`;
    const phones = int(1, 3);
    customer.phone_numbers = Array.from({ length: phones }, (_, i) => ({
      number: slot(country),
      type: PHONE_TYPES[i % PHONE_TYPES.length],
      primary: i === 0 || chance(0.1), // now and then two primaries: the second is demoted
    }));
    if (chance(0.6)) customer.external_id = `CUST-${digits(5)}`;
    if (chance(0.4)) customer.billing_address = address(pick(PLACES.filter((p) => (p[1] === 'ON' || p[1] === 'QC' || p[1] === 'BC') === canadian)), false);
    if (chance(0.05)) customer.home_address = address(place, false);
    offer.customer = customer;

    offer.entities = Array.from({ length: providerCount }, () => {
      const entity = { type: 'organization', id: int(1, 99999) };
      if (chance(0.5)) entity.external_id = `ORG-${digits(4)}`;
      const data = { name: pick(PROVIDERS) };
      if (chance(0.7)) data.email = `dispatch${int(1, 99)}@example.org`;
      if (chance(0.8)) data.phone_number = slot(country);
      if (chance(0.5)) data.address = address(place, false);
      entity.data = data;
      return entity;
    });
    offers.push(offer);
  }
  return offers;
}

/**
 * A stream of Job Offers from `seed` in which no phone number is written twice: `texts(n)` gives
 * the next `n` records as JSON text, `offers(n)` the same parsed (fresh objects, as a service reads
 * them). Each phone's ten digits carry a counter of its country, so no two phones of the stream
 * share their digits, whatever their spelling. Records cycle through `templates` templates (their
 * shapes and values drawn from the seed; the repeating corpus is the first `templates` records):
 * only the phones change from one cycle to the next. `phones` counts the phones written so far.
 */
export function jobOfferStream(seed = 20170101, templates = 2000) {
  // Each template's JSON text, split around its phone slots: text, country, form, text, country, …
  const parts = generate(templates, seed, slotToken).map((offer) => JSON.stringify(offer).split(SLOTS));
  const counters = { US: 0, CA: 0 };
  let next = 0;
  let phones = 0;

  function phone(country, form) {
    const areas = AREA_CODES[country];
    const n = counters[country]++;
    const subscriber = Math.floor(n / areas.length);
    if (subscriber >= SUBSCRIBERS) throw new RangeError(`jobOfferStream: more than ${SUBSCRIBERS * areas.length} ${country} phone numbers asked for`);
    phones++;
    return PHONE_FORMS[form](areas[n % areas.length], String(200 + Math.floor(subscriber / 10_000)), String(subscriber % 10_000).padStart(4, '0'));
  }

  function texts(count) {
    const out = new Array(count);
    for (let r = 0; r < count; r++) {
      const template = parts[next];
      next = (next + 1) % parts.length;
      let text = template[0];
      for (let i = 1; i < template.length; i += 3) text += phone(template[i], Number(template[i + 1])) + template[i + 2];
      out[r] = text;
    }
    return out;
  }

  return {
    texts,
    offers: (count) => texts(count).map((text) => JSON.parse(text)),
    get phones() {
      return phones;
    },
  };
}
