import { issue, type Issue } from '../issues/issue';
import type { JobOffer } from '../schemas/job-offer';
import { mapAddress } from './map-address';

/**
 * @internal The customer becomes the one primary contact. `email` becomes a preferred email
 * method (first), each phone a phone method whose `primary` becomes `preferred`; when several
 * phones are primary the first stays preferred and the others are demoted with a warning.
 */
export function mapCustomer(customer: JobOffer['customer'], issues: Issue[]): Record<string, unknown> {
  const contact: Record<string, unknown> = {};
  if (customer.first_name !== undefined) contact['first_name'] = customer.first_name;
  if (customer.last_name !== undefined) contact['last_name'] = customer.last_name;
  if (customer.external_id !== undefined) contact['external_ids'] = [customer.external_id];
  contact['primary'] = true;
  if (customer.billing_address !== undefined) contact['billing_address'] = mapAddress(customer.billing_address);

  const methods: Record<string, unknown>[] = [];
  if (customer.email !== undefined) methods.push({ method: 'email', value: customer.email, preferred: true });
  let preferredPhone: number | undefined;
  customer.phone_numbers?.forEach((phone, i) => {
    const method: Record<string, unknown> = { method: 'phone' };
    if (phone.type !== undefined) method['type'] = phone.type;
    method['value'] = phone.number;
    if (phone.primary === true && preferredPhone !== undefined) {
      method['preferred'] = false;
      issues.push(
        issue(
          'preferred_demoted',
          ['customer', 'phone_numbers', i, 'primary'],
          `Phone ${preferredPhone} is already primary and a contact may have one preferred phone, so this one became "preferred": false. Mark one phone primary to choose.`,
        ),
      );
    } else if (phone.primary !== undefined) {
      method['preferred'] = phone.primary;
      if (phone.primary) preferredPhone = i;
    }
    methods.push(method);
  });
  if (methods.length > 0) contact['contact_methods'] = methods;
  return contact;
}
