import { readFileSync } from 'node:fs';
import type { JobOfferInput, WorkOrder, WorkOrderInput } from '../../../../src/index';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`../../../../fixtures/pairs/${name}`, import.meta.url), 'utf8'));

/** The guide's example Job Offer. */
export const guideJobOffer = (): JobOfferInput => fixture('guide-example.job-offer.json') as JobOfferInput;

/** The guide's example Job Offer migrated: a valid Work Order, canonical, with windows. */
export const guideWorkOrder = (): WorkOrder => fixture('guide-example.work-order.json') as WorkOrder;

/** A small valid Work Order: one provider, one primary contact, no windows; `changes` merged over it. */
export function workOrder(changes: Partial<WorkOrderInput> = {}): WorkOrderInput {
  return {
    title: 'PLB 123: Fix the Toilet',
    orchestration: 'direct',
    location: { street_1: '1234 Test Avenue', city: 'Boston', state: 'MA', postal_code: '02115' },
    contacts: [{ first_name: 'Testy', last_name: 'McGee', primary: true, external_ids: ['BBB456'], contact_methods: [{ method: 'phone', value: '+15551234567' }] }],
    service_providers: [{ name: "Joe's Plumbing", external_ids: ['CCC789'] }],
    ...changes,
  };
}
