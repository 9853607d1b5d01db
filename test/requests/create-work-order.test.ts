import { describe, expect, test } from 'vitest';
import { requests, validateWorkOrder, type WorkOrderInput } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';

const guideWorkOrder = readJson<WorkOrderInput>(`${FIXTURES}pairs/guide-example.work-order.json`);

describe('requests.createWorkOrder', () => {
  test('a valid Work Order: POST /v3/workorder with it as the body', () => {
    expect(requests.createWorkOrder(guideWorkOrder)).toStrictEqual({
      success: true,
      request: { method: 'POST', path: '/v3/workorder', body: guideWorkOrder },
      issues: [],
    });
  });

  test('the body is the canonical form, and warnings come back with the request', () => {
    const lenient = {
      ...guideWorkOrder,
      location: { street_1: '1 Main St', city: 'Boston', state: 'ma', postal_code: '02114-1234' },
      internal_note: 'do not send',
    };
    const result = requests.createWorkOrder(lenient as WorkOrderInput); // internal_note is not a Work Order field
    expect(result.success).toBe(true);
    const body = result.request?.body as unknown as Record<string, unknown>;
    expect(body['location']).toStrictEqual({ street_1: '1 Main St', city: 'Boston', state: 'MA', postal_code: '02114' });
    expect('internal_note' in body).toBe(false);
    // What reading the payload found comes first, then what the rules found.
    expect(result.issues.map((i) => [i.code, i.path])).toStrictEqual([
      ['unknown_field', ['internal_note']],
      ['postal_code_truncated', ['location', 'postal_code']],
    ]);
  });

  test('phone options are those of validateWorkOrder', () => {
    const result = requests.createWorkOrder(guideWorkOrder, { phoneFormat: 'RFC3966' });
    const body = result.request?.body as { service_providers: { phone_number: string }[] };
    expect(body.service_providers[0]?.phone_number).toBe('tel:+15558887777');
  });

  test('an invalid Work Order builds nothing and gives the same issues as validateWorkOrder', () => {
    const invalid = { ...guideWorkOrder, title: '', contacts: [] };
    const result = requests.createWorkOrder(invalid);
    expect(result.success).toBe(false);
    expect(result.request).toBeUndefined();
    expect(result.issues).toStrictEqual(validateWorkOrder(invalid).issues);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.path)).toContainEqual(['title']);
  });

  test.each([[null], ['work order'], [42], [[]], [undefined]])('never throws on %o', (input) => {
    const result = requests.createWorkOrder(input as never);
    expect(result.success).toBe(false);
    expect(result.issues.length).toBeGreaterThan(0);
  });
});
