/**
 * The areas a report groups findings by, following the sections of the rule
 * catalogue (RULES.md): an owner reads "people & training" as one conversation
 * with the team, "data & control" as one with whoever runs the IT.
 */
export const AREAS = ['structure', 'people & training', 'automation', 'feedback & measurement', 'data & control'] as const;
export type Area = (typeof AREAS)[number];

const AREA_OF: Record<string, Area> = {
    'unowned-task': 'people & training',
    'untrained-user': 'people & training',
    'skill-gap': 'people & training',
    'unstaffed-skill': 'people & training',
    'tool-without-trained-user': 'people & training',
    'single-point-of-failure': 'people & training',
    'actor-overload': 'people & training',
    'handoff-skill-gap': 'people & training',
    'automation-without-oversight': 'automation',
    'automation-without-fallback': 'automation',
    'automation-candidate': 'automation',
    'manual-reentry': 'automation',
    'missing-feedback-loop': 'feedback & measurement',
    'feedback-reaches-no-owner': 'feedback & measurement',
    'metric-without-owner': 'feedback & measurement',
    'metric-without-review': 'feedback & measurement',
    'unmeasured-process': 'feedback & measurement',
    'personal-data-without-owner': 'data & control',
    'tool-without-owner': 'data & control',
    'need-to-know': 'data & control',
    'separation-of-duties': 'data & control'
};

/** Structure holds the rest: names, handoffs, reachability, and the file-level findings (parse errors, sts-ignore comments). */
export function areaOf(rule: string): Area {
    return AREA_OF[rule] ?? 'structure';
}
