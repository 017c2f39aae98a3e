/**
 * Every quick fix, keyed by the rule id of the finding it fixes. Adding a fix
 * means adding its module here.
 *
 * Not offered, on purpose: duplicate-name (it needs a new name: use rename),
 * self-handoff, duplicate-handoff, unreachable-task, dead-end-task,
 * membership-cycle, separation-of-duties, need-to-know, actor-overload and
 * automation-candidate: each needs a decision about the work itself.
 * Every rule also gets "Ignore with reason" (ignore-finding.ts).
 */
import { automationWithoutFallbackFixes } from './automation-without-fallback.js';
import { automationWithoutOversightFixes } from './automation-without-oversight.js';
import { feedbackReachesNoOwnerFixes } from './feedback-reaches-no-owner.js';
import { manualReentryFixes } from './manual-reentry.js';
import { metricWithoutOwnerFixes } from './metric-without-owner.js';
import { metricWithoutReviewFixes } from './metric-without-review.js';
import { missingFeedbackLoopFixes } from './missing-feedback-loop.js';
import type { QuickFix } from './quick-fix.js';
import { singlePointOfFailureFixes } from './single-point-of-failure.js';
import { skillGapFixes } from './skill-gap.js';
import { addSuppressionReason, removeSuppression } from './suppression-fixes.js';
import { toolWithoutOwnerFixes } from './tool-without-owner.js';
import { toolWithoutTrainedUserFixes } from './tool-without-trained-user.js';
import { unmeasuredProcessFixes } from './unmeasured-process.js';
import { unownedTaskFixes } from './unowned-task.js';
import { unresolvedReferenceFixes } from './unresolved-reference.js';
import { unstaffedSkillFixes } from './unstaffed-skill.js';
import { untrainedUserFixes } from './untrained-user.js';
import { unusedElementFixes } from './unused-element.js';

export const QUICK_FIXES: Readonly<Record<string, QuickFix>> = {
    'unowned-task': unownedTaskFixes,
    'untrained-user': untrainedUserFixes,
    'missing-feedback-loop': missingFeedbackLoopFixes,
    'unresolved-reference': unresolvedReferenceFixes,
    'metric-without-review': metricWithoutReviewFixes,
    'metric-without-owner': metricWithoutOwnerFixes,
    'tool-without-owner': toolWithoutOwnerFixes,
    'personal-data-without-owner': toolWithoutOwnerFixes,
    'skill-gap': skillGapFixes,
    'handoff-skill-gap': skillGapFixes,
    'unstaffed-skill': unstaffedSkillFixes,
    'tool-without-trained-user': toolWithoutTrainedUserFixes,
    'single-point-of-failure': singlePointOfFailureFixes,
    'automation-without-fallback': automationWithoutFallbackFixes,
    'automation-without-oversight': automationWithoutOversightFixes,
    'feedback-reaches-no-owner': feedbackReachesNoOwnerFixes,
    'manual-reentry': manualReentryFixes,
    'unmeasured-process': unmeasuredProcessFixes,
    'unused-element': unusedElementFixes,
    'sts-ignore-without-reason': addSuppressionReason,
    'unused-suppression': removeSuppression
};
