/**
 * Every quick fix, keyed by its fix key. A rule offers a fix by naming its key
 * in `fixes` of its declaration (src/rules/<id>.ts, or src/rules/built-in.ts);
 * test/lsp/fix-keys.test.ts fails when a declared key has no fix here or a fix
 * here is offered by no rule.
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
    'assign-owner': unownedTaskFixes,
    'add-training': untrainedUserFixes,
    'add-feedback-loop': missingFeedbackLoopFixes,
    'create-element': unresolvedReferenceFixes,
    'add-review': metricWithoutReviewFixes,
    'assign-metric-owner': metricWithoutOwnerFixes,
    'assign-tool-owner': toolWithoutOwnerFixes,
    'add-skill': skillGapFixes,
    'staff-skill': unstaffedSkillFixes,
    'train-someone': toolWithoutTrainedUserFixes,
    'add-backup': singlePointOfFailureFixes,
    'add-fallback': automationWithoutFallbackFixes,
    'add-escalation': automationWithoutOversightFixes,
    'send-to-owner': feedbackReachesNoOwnerFixes,
    'add-integration': manualReentryFixes,
    'add-metric': unmeasuredProcessFixes,
    'remove-element': unusedElementFixes,
    'add-suppression-reason': addSuppressionReason,
    'remove-suppression': removeSuppression
};
