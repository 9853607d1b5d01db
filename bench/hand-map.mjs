// The floor for `migrateJobOffer` in `npm run bench`: the guide's attribute table written by hand,
// as an integrator would without the library. No checks, no normalization, no issues: the least
// work a migration can do. It is written by hand on purpose (it is what an integrator without the
// library would write), so test/bench/hand-map.test.ts holds it to the library: on the bench
// corpus, its output once checked by validateWorkOrder (which normalizes states, postal codes and
// phones) equals migrateJobOffer's Work Order. A change to the mapping that this file does not
// follow fails that test.

function address(a) {
  const out = { street_1: a.street_1, city: a.city };
  if (a.street_2 !== undefined) out.street_2 = a.street_2;
  if (a.state !== undefined) out.state = a.state;
  if (a.postal_code !== undefined) out.postal_code = a.postal_code;
  if (a.timezone !== undefined) out.timezone = a.timezone;
  return out;
}

/** Job Offer → Work Order, trusting the input completely. */
export function handMap(offer) {
  const job = offer.job;
  const wo = { workflow: 'service', orchestration: offer.offer_strategy ?? 'direct', title: job.title };
  if (job.description !== undefined) wo.description = job.description;
  if (job.service_type !== undefined) wo.service_type = job.service_type;
  if (job.external_id !== undefined) wo.external_ids = [job.external_id];
  wo.location = address(job.address);
  const starts = offer.appointment?.window_start_time ?? [];
  const ends = offer.appointment?.window_end_time ?? [];
  if (starts.length > 0) wo.appointment_windows = starts.map((start_time, i) => ({ start_time, end_time: ends[i] }));
  const c = offer.customer;
  const contact = { first_name: c.first_name, last_name: c.last_name, primary: true };
  if (c.external_id !== undefined) contact.external_ids = [c.external_id];
  if (c.billing_address !== undefined) contact.billing_address = address(c.billing_address);
  const methods = [];
  if (c.email !== undefined) methods.push({ method: 'email', value: c.email, preferred: true });
  // A contact has one preferred phone: the first primary one; later primaries are demoted.
  let preferred = false;
  for (const p of c.phone_numbers ?? []) {
    methods.push({ method: 'phone', type: p.type, value: p.number, preferred: p.primary === true && !preferred });
    if (p.primary === true) preferred = true;
  }
  contact.contact_methods = methods;
  wo.contacts = [contact];
  wo.service_providers = (offer.entities ?? []).map((e) => {
    const sp = { id: e.id };
    if (e.external_id !== undefined) sp.external_ids = [e.external_id];
    const d = e.data ?? {};
    if (d.name !== undefined) sp.name = d.name;
    if (d.address !== undefined) sp.address = address(d.address);
    if (d.phone_number !== undefined) sp.phone_number = d.phone_number;
    if (d.email !== undefined) sp.email = d.email;
    return sp;
  });
  return wo;
}
