import type { Contact, Location, ServiceProvider } from '../../validate/types.generated';
import type { MockCustomer, MockServiceProvider } from './types';

const ADDRESS_FIELDS = ['street_1', 'street_2', 'city', 'state', 'postal_code'] as const;

/**
 * @internal Finds the stored provider a Work Order's provider is, in the guide's order: by `id`
 * (Dispatch's), then by any shared external id, then by name, address, email and phone number
 * together (all four given and equal in canonical form). `undefined`: the platform creates one.
 */
export function matchServiceProvider(provider: ServiceProvider, stored: readonly MockServiceProvider[]): MockServiceProvider | undefined {
  if (provider.id !== undefined) {
    const byId = stored.find((p) => p.id === provider.id);
    if (byId !== undefined) return byId;
  }
  const byExternalId = findByExternalIds(provider.external_ids, stored);
  if (byExternalId !== undefined) return byExternalId;
  const { name, address, email, phone_number: phone } = provider;
  if (name === undefined || address === undefined || email === undefined || phone === undefined) return undefined;
  return stored.find((p) => p.name === name && p.email === email && p.phone_number === phone && p.address !== undefined && sameAddress(p.address, address));
}

/** @internal Finds the stored customer a primary contact is: one sharing an external id with it. */
export function matchCustomer(contact: Contact, stored: readonly MockCustomer[]): MockCustomer | undefined {
  return findByExternalIds(contact.external_ids, stored);
}

function findByExternalIds<T extends { readonly external_ids?: readonly string[] | undefined }>(ids: readonly string[] | undefined, stored: readonly T[]): T | undefined {
  if (ids === undefined || ids.length === 0) return undefined;
  return stored.find((record) => record.external_ids?.some((id) => ids.includes(id)) === true);
}

function sameAddress(a: Location, b: Location): boolean {
  return ADDRESS_FIELDS.every((field) => a[field] === b[field]);
}
