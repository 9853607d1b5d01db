export { isRecord, type Rule, type Violation } from './rule';
export { preferredMethodConflict } from './preferred-method-conflict';
export { primaryContactCount } from './primary-contact-count';
export { providerUnidentifiable } from './provider-unidentifiable';
export { serviceProviderCount } from './service-provider-count';
export { windowOrder } from './window-order';
export { postalCodeCountry } from './postal-code-country';
