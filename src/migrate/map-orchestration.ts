import { issue, type Issue } from '../issues/issue';
import { OrchestrationSchema, type Orchestration } from '../schemas/enums';

const KNOWN: ReadonlySet<string> = new Set(OrchestrationSchema.options);

/**
 * @internal `offer_strategy` becomes `orchestration`; Job Offers were always direct, so a missing
 * strategy is `"direct"`. A strategy that is not an orchestration is an error.
 */
export function mapOrchestration(offerStrategy: string | undefined, issues: Issue[]): Orchestration | undefined {
  if (offerStrategy === undefined) return 'direct';
  if (KNOWN.has(offerStrategy)) return offerStrategy as Orchestration;
  issues.push(
    issue(
      'invalid_value',
      ['offer_strategy'],
      `"${offerStrategy}" is not an orchestration a Work Order knows: use "direct" (one organization, as Job Offers did), "round_robin" or "jump_ball".`,
    ),
  );
  return undefined;
}
