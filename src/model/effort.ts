/**
 * A task's workload in hours per week, from what the model says: `effort 3 hours
 * per week`, or `effort 20 minutes each` with a `frequency` (`30 per week`,
 * `daily`, `every 2 weeks`). A day is a working day (5 a week), a month 52/12
 * weeks, a quarter 13, a year 52. Undefined where the model does not say enough.
 */
import type { Cadence, Task } from '../language/generated/ast.js';

const WEEKS: Readonly<Record<string, number>> = { day: 1 / 5, week: 1, month: 52 / 12, quarter: 13, year: 52 };
const PERIOD_OF: Readonly<Record<string, string>> = { daily: 'day', weekly: 'week', monthly: 'month', quarterly: 'quarter', yearly: 'year' };

/** Hours a week the task takes, all doers together; undefined when no effort is given, or an effort per occurrence has no frequency. */
export function hoursPerWeek(task: Task): number | undefined {
    const effort = task.effort;
    if (!effort) return undefined;
    const hours = effort.unit.startsWith('minute') ? effort.amount / 60 : effort.amount;
    if (effort.per) return hours / (WEEKS[effort.per] ?? 1);
    const times = timesPerWeek(task);
    return times === undefined ? undefined : hours * times;
}

/** How many times a week the task happens, or undefined without a frequency. */
export function timesPerWeek(task: Task): number | undefined {
    const frequency = task.frequency;
    if (!frequency) return undefined;
    if (frequency.per !== undefined && frequency.count !== undefined) return frequency.count / (WEEKS[frequency.per] ?? 1);
    return frequency.cadence ? cadencePerWeek(frequency.cadence) : undefined;
}

function cadencePerWeek(cadence: Cadence): number | undefined {
    if (cadence.period) return 1 / (WEEKS[PERIOD_OF[cadence.period] ?? 'week'] ?? 1);
    if (!cadence.unit) return undefined;
    const unit = cadence.unit.replace(/s$/, '');
    return 1 / ((cadence.count ?? 1) * (WEEKS[unit] ?? 1));
}

/** `2`, `2.5`, `0.3`: hours rounded to a tenth, without trailing zeros. */
export function formatHours(hours: number): string {
    return String(Math.round(hours * 10) / 10);
}
