import { describe, expect, test } from 'vitest';
import type { Issue } from '../../src';
import { mapAppointment } from '../../src/migrate/map-appointment';
import { mapCustomer } from '../../src/migrate/map-customer';
import { mapEntities } from '../../src/migrate/map-entities';
import { mapJob } from '../../src/migrate/map-job';
import { mapOrchestration } from '../../src/migrate/map-orchestration';

const address = { street_1: '1 Main St', city: 'Boston' };

describe('mapOrchestration', () => {
  test('a missing strategy is direct, as every Job Offer was', () => {
    const issues: Issue[] = [];
    expect(mapOrchestration(undefined, issues)).toBe('direct');
    expect(issues).toEqual([]);
  });
  test.each(['direct', 'round_robin', 'jump_ball'])('%s is kept', (strategy) => {
    expect(mapOrchestration(strategy, [])).toBe(strategy);
  });
  test('anything else is an invalid_value at offer_strategy', () => {
    const issues: Issue[] = [];
    expect(mapOrchestration('Direct', issues)).toBeUndefined();
    expect(issues).toEqual([{ code: 'invalid_value', severity: 'error', path: ['offer_strategy'], message: expect.stringContaining('"Direct" is not an orchestration') }]);
  });
});

describe('mapJob', () => {
  test('copies only the fields given', () => {
    expect(mapJob({ title: 'T', address })).toStrictEqual({ title: 'T', location: address });
  });
  test('wraps external_id and keeps the description verbatim', () => {
    expect(mapJob({ title: 'T', description: ' x. ', service_type: 'PLB', external_id: 'A1', address })).toStrictEqual({
      title: 'T',
      description: ' x. ',
      service_type: 'PLB',
      external_ids: ['A1'],
      location: address,
    });
  });
  test('does not share the address object with the input', () => {
    const job = { title: 'T', address };
    expect(mapJob(job)['location']).not.toBe(address);
  });
});

describe('mapCustomer', () => {
  test('the customer becomes the primary contact, email first and preferred', () => {
    const issues: Issue[] = [];
    expect(
      mapCustomer({ first_name: 'Joe', email: 'joe@example.com', external_id: 'B1', phone_numbers: [{ number: '+15551234567', type: 'home', primary: true }] }, issues),
    ).toStrictEqual({
      first_name: 'Joe',
      external_ids: ['B1'],
      primary: true,
      contact_methods: [
        { method: 'email', value: 'joe@example.com', preferred: true },
        { method: 'phone', type: 'home', value: '+15551234567', preferred: true },
      ],
    });
    expect(issues).toEqual([]);
  });
  test('a customer with no email and no phone has no contact_methods key', () => {
    expect(mapCustomer({ last_name: 'Shmo' }, [])).toStrictEqual({ last_name: 'Shmo', primary: true });
  });
  test('primary maps to preferred, absent stays absent', () => {
    const contact = mapCustomer({ phone_numbers: [{ number: '1', primary: false }, { number: '2' }] }, []);
    expect(contact['contact_methods']).toStrictEqual([
      { method: 'phone', value: '1', preferred: false },
      { method: 'phone', value: '2' },
    ]);
  });
  test('later primaries are demoted with a warning each', () => {
    const issues: Issue[] = [];
    const contact = mapCustomer({ phone_numbers: [{ number: '1' }, { number: '2', primary: true }, { number: '3', primary: true }] }, issues);
    expect((contact['contact_methods'] as { preferred?: boolean }[]).map((m) => m.preferred)).toEqual([undefined, true, false]);
    expect(issues).toEqual([
      { code: 'preferred_demoted', severity: 'warning', path: ['customer', 'phone_numbers', 2, 'primary'], message: expect.stringContaining('Phone 1 is already primary') },
    ]);
  });
});

describe('mapEntities', () => {
  test('entity fields become provider fields', () => {
    expect(
      mapEntities([{ type: 'organization', id: 7, external_id: 'C1', data: { name: 'N', email: 'e@x.co', phone_number: '+15558887777', address } }], []),
    ).toStrictEqual([{ id: 7, external_ids: ['C1'], name: 'N', address, phone_number: '+15558887777', email: 'e@x.co' }]);
  });
  test('an entity of another type is an error at its type', () => {
    const issues: Issue[] = [];
    mapEntities([{ id: 1 }, { type: 'user', id: 2 }], issues);
    expect(issues).toEqual([{ code: 'unsupported_entity_type', severity: 'error', path: ['entities', 1, 'type'], message: expect.stringContaining('"user" entities') }]);
  });
});

describe('mapAppointment', () => {
  test('parallel arrays become windows in order', () => {
    expect(mapAppointment({ window_start_time: ['a', 'b'], window_end_time: ['c', 'd'] }, [])).toStrictEqual([
      { start_time: 'a', end_time: 'c' },
      { start_time: 'b', end_time: 'd' },
    ]);
  });
  test('arrays of different length are window_count_mismatch and build no window', () => {
    const issues: Issue[] = [];
    expect(mapAppointment({ window_start_time: ['a', 'b'] }, issues)).toEqual([]);
    expect(issues).toEqual([
      { code: 'window_count_mismatch', severity: 'error', path: ['appointment'], message: expect.stringContaining('has 2 entries and "window_end_time" has 0') },
    ]);
  });
});
