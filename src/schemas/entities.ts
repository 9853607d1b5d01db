import * as z from 'zod';

/** @internal The entities of a Work Order, as the guide names them: business rules apply to one each. */
export type EntityName = 'WorkOrder' | 'Location' | 'AppointmentWindow' | 'Contact' | 'ContactMethod' | 'ServiceProvider';

/**
 * @internal Which schema is which entity of the guide. The rule pass finds the values its rules
 * apply to through it (see `src/rules/run-rules.ts`), and no schema carries a rule.
 */
export const entities = z.registry<{ entity: EntityName }>();

/** @internal Registers `schema` as `entity` and returns it. */
export function entity<T extends z.ZodType>(schema: T, name: EntityName): T {
  entities.add(schema, { entity: name });
  return schema;
}
