/** Every rule, keyed by id. Adding a rule means adding its module here. */
import { duplicateName } from './duplicate-name.js';
import { missingFeedbackLoop } from './missing-feedback-loop.js';
import type { Rule } from './rule.js';
import { unownedTask } from './unowned-task.js';
import { untrainedUser } from './untrained-user.js';

/** Reported by the validator from Langium's linker, not by a rule module; listed so it can be configured. */
export const UNRESOLVED_REFERENCE = 'unresolved-reference';
/** A rule that threw: reported once, the other rules still run. */
export const CHECK_FAILED = 'check-failed';

export const allRules: readonly Rule<any>[] = [
    unownedTask,
    untrainedUser,
    missingFeedbackLoop,
    duplicateName
];

export const rulesById: ReadonlyMap<string, Rule<any>> = new Map(allRules.map(rule => [rule.id, rule]));
