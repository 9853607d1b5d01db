/** The guide's attribute table written by hand: a Job Offer → a Work Order, trusting the input completely. */
export function handMap(offer: Record<string, any>): Record<string, any>;
