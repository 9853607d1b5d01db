import { expect, test } from 'vitest';
import { validateWorkOrder } from '../../src';
import { contactPhoneExtensionDropped as rule } from '../../src/rules/phone-extension-dropped';
import { CONTEXT } from './support';

const check = (method: unknown, phoneFormat: 'E.164' | 'RFC3966' = 'E.164') => rule.check(method, { ...CONTEXT, phoneFormat }, ['contacts', 0, 'contact_methods', 1]);

test('under E.164 an extension is named, with the number as written and the option that keeps it', () => {
  expect(check({ method: 'phone', value: '(617) 555-1234 ext. 22' })).toEqual([
    {
      code: 'phone_extension_dropped',
      path: ['value'],
      message:
        'In "contacts[0].contact_methods[1].value", "(617) 555-1234 ext. 22" has the extension 22, which the E.164 phone format cannot hold, so the number is written "+16175551234": choose the RFC 3966 phone format (the option phoneFormat: "RFC3966", or --phone-format RFC3966) to keep it as "tel:+16175551234;ext=22".',
    },
  ]);
});

test('a value already written in RFC 3966 is told about the option, not asked to be rewritten as it is', () => {
  const [violation] = check({ method: 'phone', value: 'tel:+16175551234;ext=12' });
  expect(violation?.message).toContain('the option phoneFormat: "RFC3966", or --phone-format RFC3966');
  expect(violation?.message).toContain('so the number is written "+16175551234"');
});

test('RFC 3966 output keeps the extension: no warning, and the value carries it', () => {
  expect(check({ method: 'phone', value: '617-253-1000 x123' }, 'RFC3966')).toEqual([]);
  const input = { title: 'Fix', location: { street_1: '1 Main St', city: 'Boston' }, contacts: [{ first_name: 'Joe', primary: true, contact_methods: [{ method: 'phone', value: '617-253-1000 x123' }] }] };
  const result = validateWorkOrder(input, { phoneFormat: 'RFC3966' });
  expect(result.issues).toEqual([]);
  expect(result.success && result.workOrder.contacts[0]?.contact_methods?.[0]?.value).toBe('tel:+16172531000;ext=123');
});

test('emails and numbers without an extension are not its business', () => {
  expect(check({ method: 'email', value: 'x@example.com' })).toEqual([]);
  expect(check({ method: 'phone', value: '+16175551234' })).toEqual([]);
});

test('only phones: an email method whose value reads like a phone with an extension gets no warning here', () => {
  expect(check({ method: 'email', value: '(617) 555-1234 ext. 22' })).toEqual([]);
  expect(check({ method: 'phone', value: '(617) 555-1234 ext. 22' })).toHaveLength(1);
});
