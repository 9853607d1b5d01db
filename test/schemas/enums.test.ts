import { expect, test } from 'vitest';
import { ContactMethodKindSchema, OrchestrationSchema, StatusSchema, WorkflowSchema } from '../../src';

// The exported enums list exactly the values the guide allows, in its order.
test.each([
  ['WorkflowSchema', WorkflowSchema, ['service', 'sales']],
  ['OrchestrationSchema', OrchestrationSchema, ['direct', 'round_robin', 'jump_ball']],
  ['StatusSchema', StatusSchema, ['offered', 'unscheduled', 'scheduled', 'paused', 'complete', 'canceled']],
  ['ContactMethodKindSchema', ContactMethodKindSchema, ['phone', 'email']],
] as const)('%s', (_, schema, values) => {
  expect(schema.options).toEqual(values);
  for (const value of values) expect(schema.safeParse(value)).toEqual({ success: true, data: value });
  expect(schema.safeParse('').success).toBe(false);
});
