import { relativeName, type RuleContext } from '../../src/rules/rule';

/** The context of a validateWorkOrder call with the default options and no `now`. */
export const CONTEXT: RuleContext = { now: undefined, defaultCountry: 'US', phoneFormat: 'E.164', name: relativeName };
