/**
 * Finding ids that are not rule modules, declared the same way so that they can
 * be configured, documented, fixed and grouped like the rules: unresolved names
 * (reported by the validator from Langium's linker) and the two findings about
 * `sts-ignore` comments (reported by the rule runner).
 */
import type { FindingKind } from './rule.js';

export const UNRESOLVED_REFERENCE = 'unresolved-reference';
/** A suppression that gives no reason: it still silences, but the reason is what reviewers need. */
export const SUPPRESSION_WITHOUT_REASON = 'sts-ignore-without-reason';
/** A suppression that silences nothing (the finding went away, or the id is misspelt). */
export const UNUSED_SUPPRESSION = 'unused-suppression';
/** A rule that threw: reported once, the other rules still run. Not configurable. */
export const CHECK_FAILED = 'check-failed';

export const BUILT_IN_FINDINGS: readonly FindingKind[] = [
    {
        id: UNRESOLVED_REFERENCE, title: 'a name of an actor, tool, task, process or metric that is not declared', area: 'structure',
        defaultSeverity: 'error', scope: 'local', description: 'A name that is not declared.', anchor: 'every modelling tool',
        defaultOptions: {}, fixes: ['create-element']
    },
    {
        id: SUPPRESSION_WITHOUT_REASON, title: 'an `sts-ignore` comment that gives no reason', area: 'structure',
        defaultSeverity: 'warning', scope: 'local', description: 'An sts-ignore comment that gives no reason.', anchor: 'ESLint and bpmnlint disable comments',
        defaultOptions: {}, fixes: ['add-suppression-reason']
    },
    {
        id: UNUSED_SUPPRESSION, title: 'an `sts-ignore` comment that silences nothing', area: 'structure',
        defaultSeverity: 'warning', scope: 'local', description: 'An sts-ignore comment that silences nothing.', anchor: 'ESLint --report-unused-disable-directives',
        defaultOptions: {}, fixes: ['remove-suppression']
    }
];
