/** Every rule, keyed by id. Adding a rule means adding its module here. */
import { actorOverload } from './actor-overload.js';
import { automationCandidate } from './automation-candidate.js';
import { automationWithoutFallback } from './automation-without-fallback.js';
import { automationWithoutOversight } from './automation-without-oversight.js';
import { deadEndTask } from './dead-end-task.js';
import { duplicateHandoff } from './duplicate-handoff.js';
import { duplicateName } from './duplicate-name.js';
import { feedbackReachesNoOwner } from './feedback-reaches-no-owner.js';
import { handoffSkillGap } from './handoff-skill-gap.js';
import { manualReentry } from './manual-reentry.js';
import { membershipCycle } from './membership-cycle.js';
import { metricWithoutOwner } from './metric-without-owner.js';
import { metricWithoutReview } from './metric-without-review.js';
import { missingFeedbackLoop } from './missing-feedback-loop.js';
import { needToKnow } from './need-to-know.js';
import { personalDataWithoutOwner } from './personal-data-without-owner.js';
import { repeatedAttribute } from './repeated-attribute.js';
import type { Rule } from './rule.js';
import { selfHandoff } from './self-handoff.js';
import { separationOfDuties } from './separation-of-duties.js';
import { singlePointOfFailure } from './single-point-of-failure.js';
import { skillGap } from './skill-gap.js';
import { toolWithoutOwner } from './tool-without-owner.js';
import { toolWithoutTrainedUser } from './tool-without-trained-user.js';
import { unmeasuredProcess } from './unmeasured-process.js';
import { unownedTask } from './unowned-task.js';
import { unreachableTask } from './unreachable-task.js';
import { unstaffedSkill } from './unstaffed-skill.js';
import { untrainedUser } from './untrained-user.js';
import { unusedElement } from './unused-element.js';

/** Reported by the validator from Langium's linker, not by a rule module; listed so it can be configured. */
export const UNRESOLVED_REFERENCE = 'unresolved-reference';
/** A rule that threw: reported once, the other rules still run. */
export const CHECK_FAILED = 'check-failed';

export const allRules: readonly Rule<any>[] = [
    unownedTask,
    untrainedUser,
    missingFeedbackLoop,
    // structure and references
    duplicateName,
    repeatedAttribute,
    selfHandoff,
    duplicateHandoff,
    unreachableTask,
    deadEndTask,
    unusedElement,
    membershipCycle,
    // people, skills and training
    skillGap,
    unstaffedSkill,
    toolWithoutTrainedUser,
    singlePointOfFailure,
    actorOverload,
    handoffSkillGap,
    // automation and task allocation
    automationWithoutOversight,
    automationWithoutFallback,
    automationCandidate,
    manualReentry,
    // feedback and measurement
    feedbackReachesNoOwner,
    metricWithoutOwner,
    metricWithoutReview,
    unmeasuredProcess,
    // data, privacy and control
    personalDataWithoutOwner,
    toolWithoutOwner,
    needToKnow,
    separationOfDuties
];

export const rulesById: ReadonlyMap<string, Rule<any>> = new Map(allRules.map(rule => [rule.id, rule]));
