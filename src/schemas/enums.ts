import * as z from 'zod';

/**
 * Workflows a Work Order can follow: `service` (what every Job Offer was) or `sales`.
 *
 * @category Schemas and types
 */
export const WorkflowSchema = z.enum(['service', 'sales']);
/**
 * A Work Order workflow: `'service' | 'sales'`.
 *
 * @category Schemas and types
 */
export type Workflow = z.infer<typeof WorkflowSchema>;

/**
 * How work is offered to service providers: `direct` (to exactly one), `round_robin` or
 * `jump_ball` (to one or more).
 *
 * @category Schemas and types
 */
export const OrchestrationSchema = z.enum(['direct', 'round_robin', 'jump_ball']);
/**
 * An orchestration algorithm: `'direct' | 'round_robin' | 'jump_ball'`.
 *
 * @category Schemas and types
 */
export type Orchestration = z.infer<typeof OrchestrationSchema>;

/**
 * Starting statuses a Work Order's job can be created in.
 *
 * @category Schemas and types
 */
export const StatusSchema = z.enum(['offered', 'unscheduled', 'scheduled', 'paused', 'complete', 'canceled']);
/**
 * A job status: `'offered' | 'unscheduled' | 'scheduled' | 'paused' | 'complete' | 'canceled'`.
 *
 * @category Schemas and types
 */
export type Status = z.infer<typeof StatusSchema>;

/**
 * Kinds of contact method: `phone` or `email`.
 *
 * @category Schemas and types
 */
export const ContactMethodKindSchema = z.enum(['phone', 'email']);
/**
 * A contact method kind: `'phone' | 'email'`.
 *
 * @category Schemas and types
 */
export type ContactMethodKind = z.infer<typeof ContactMethodKindSchema>;
