import { expect, test } from 'vitest';
import * as z from 'zod';
import { validateWorkOrder } from '../../src';
import { FIXTURES, readJson } from '../support/fixtures';

// Under zod's `jitless` setting (no generated code, e.g. a strict Content Security Policy) the Work
// Order is parsed by zod's interpreter, with the same results. (Vitest gives each test file its own
// modules, so the setting is in force before the first Work Order of this file is checked.)
test('validateWorkOrder works the same without generated code', () => {
  z.config({ jitless: true });
  try {
    const guide = readJson(`${FIXTURES}pairs/guide-example.work-order.json`);
    expect(validateWorkOrder(guide, { defaultCountry: 'CA', phoneFormat: 'RFC3966' })).toMatchObject({ success: true });
    expect(validateWorkOrder({ title: 5 }, { defaultCountry: 'CA' }).issues.map((i) => i.code)).toEqual(['invalid_type', 'required', 'required']);
  } finally {
    z.config({ jitless: false });
  }
});
