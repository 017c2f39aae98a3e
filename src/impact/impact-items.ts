/**
 * What `sts impact` reports: items in plain words, each with the people it
 * concerns and the phase of the change it belongs to (docs/impact.md; the JSON
 * output is this, under docs/impact.schema.json).
 */

/** When it must happen: prepared before the change, done when it happens, watched after. */
export type Phase = 'before' | 'during' | 'after';

export const PHASES: readonly Phase[] = ['before', 'during', 'after'];

export const PHASE_TITLES: Readonly<Record<Phase, string>> = {
    before: 'Before the change',
    during: 'When the change happens',
    after: 'After the change'
};

/** Every kind of item, in the order they are listed within a phase. */
export const ITEM_KINDS = [
    'training', 'fallback-duty', 'data-gained', 'feedback-lost', 'metric-lost', 'process-unmeasured', 'single-point-created', 'finding-introduced',
    'renamed', 'task-automated', 'task-manual', 'task-moved', 'owner-changed', 'task-added', 'task-removed', 'rekeying-added',
    'workload', 'data-lost', 'rekeying-removed', 'feedback-gained', 'metric-gained', 'process-measured', 'single-point-removed', 'finding-resolved'
] as const;

export type ItemKind = (typeof ITEM_KINDS)[number];

export const PHASE_OF: Readonly<Record<ItemKind, Phase>> = {
    'training': 'before', 'fallback-duty': 'before', 'data-gained': 'before', 'feedback-lost': 'before', 'metric-lost': 'before',
    'process-unmeasured': 'before', 'single-point-created': 'before', 'finding-introduced': 'before',
    'renamed': 'during', 'task-automated': 'during', 'task-manual': 'during', 'task-moved': 'during', 'owner-changed': 'during',
    'task-added': 'during', 'task-removed': 'during', 'rekeying-added': 'during',
    'workload': 'after', 'data-lost': 'after', 'rekeying-removed': 'after', 'feedback-gained': 'after', 'metric-gained': 'after',
    'process-measured': 'after', 'single-point-removed': 'after', 'finding-resolved': 'after'
};

export interface Workload {
    /** tasks the person owns (is accountable for) */
    readonly owns: number;
    /** manual tasks the person does (performs, or owns with nobody else performing) */
    readonly does: number;
    /** automated tasks the person owns, and so oversees */
    readonly oversees: number;
    /** hours a week of the tasks they do, shared equally among a task's doers; undefined when no task they do gives its effort */
    readonly hours?: number;
    /** tasks they do whose effort the model does not give */
    readonly withoutEffort: number;
}

export interface ImpactItem {
    readonly kind: ItemKind;
    readonly phase: Phase;
    /** the actors it concerns, new names; empty when it concerns the business as a whole */
    readonly people: readonly string[];
    /** one sentence an owner can act on */
    readonly text: string;
    readonly actor?: string;
    readonly tool?: string;
    readonly task?: string;
    /** fallback-duty: the tasks the person stands in for */
    readonly tasks?: readonly string[];
    readonly process?: string;
    readonly data?: string;
    /** for training: how the person will work the tool (owns, performs, sends, fallback, escalation, automation) */
    readonly work?: readonly string[];
    /** for training: whether the new state already lists the training (`trained on`) */
    readonly plannedTraining?: boolean;
    /** who did it before and who does it after (task-moved, task-automated, task-manual, owner-changed) */
    readonly from?: readonly string[];
    readonly to?: readonly string[];
    /** renamed: the old name */
    readonly oldName?: string;
    /** findings: the rule and severity */
    readonly rule?: string;
    readonly severity?: string;
    readonly workload?: { readonly before: Workload; readonly after: Workload };
}

export interface ImpactReport {
    readonly schema: 'sts-impact/1';
    readonly before: string;
    readonly after: string;
    readonly summary: {
        readonly peopleToTrain: number;
        readonly tasksChangingHands: number;
        readonly findingsIntroduced: number;
        readonly findingsResolved: number;
    };
    readonly items: readonly ImpactItem[];
}
