import { contactIncomplete } from './contact-incomplete';
import { contactPhoneExtensionDropped, providerPhoneExtensionDropped } from './phone-extension-dropped';
import { postalCodeCountry } from './postal-code-country';
import { postalCodeState } from './postal-code-state';
import { postalCodeTruncated } from './postal-code-truncated';
import { preferredMethodConflict } from './preferred-method-conflict';
import { primaryContactCount } from './primary-contact-count';
import { providerUnidentifiable } from './provider-unidentifiable';
import type { Rule } from './rule';
import { serviceProviderCount } from './service-provider-count';
import { timezoneOutOfArea } from './timezone-out-of-area';
import { windowInPast } from './window-in-past';
import { windowOrder } from './window-order';
import { windowOverlap } from './window-overlap';

/**
 * @internal Every business rule of the guide, errors and warnings alike. The Work Order check runs
 * them all in one pass (`runRules`); the exported schemas attach the error rules at their top.
 */
export const RULES: readonly Rule[] = [
  postalCodeCountry,
  postalCodeState,
  postalCodeTruncated,
  timezoneOutOfArea,
  windowOrder,
  contactIncomplete,
  contactPhoneExtensionDropped,
  preferredMethodConflict,
  providerPhoneExtensionDropped,
  providerUnidentifiable,
  primaryContactCount,
  serviceProviderCount,
  windowInPast,
  windowOverlap,
];
