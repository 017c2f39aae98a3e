/**
 * Typed reads of bpmn-moddle elements: the reader hands back generic objects
 * whose properties depend on `$type`; these helpers read one property as the
 * kind of value the importer expects, and nothing else.
 */
import type { ModdleElement } from 'bpmn-moddle';

export type BpmnElement = ModdleElement;

export function is(element: BpmnElement | undefined, ...types: readonly string[]): boolean {
    return element !== undefined && types.includes(element.$type);
}

export function text(element: BpmnElement | undefined, property: string): string | undefined {
    const value = element?.[property];
    return typeof value === 'string' ? value : undefined;
}

export function one(element: BpmnElement | undefined, property: string): BpmnElement | undefined {
    const value = element?.[property];
    return isElement(value) ? value : undefined;
}

export function many(element: BpmnElement | undefined, property: string): BpmnElement[] {
    const value = element?.[property];
    return Array.isArray(value) ? value.filter(isElement) : [];
}

function isElement(value: unknown): value is BpmnElement {
    return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

/** The documentation texts of an element, one entry per non-empty line. */
export function documentationOf(element: BpmnElement): string[] {
    const lines: string[] = [];
    for (const documentation of many(element, 'documentation')) {
        for (const line of (text(documentation, 'text') ?? '').split(/\r?\n/)) {
            const trimmed = line.trim();
            if (trimmed) lines.push(trimmed);
        }
    }
    return lines;
}

/** Activities the importer makes into tasks (sub-processes are flattened apart). */
export const TASK_TYPES = [
    'bpmn:Task', 'bpmn:UserTask', 'bpmn:ManualTask', 'bpmn:SendTask', 'bpmn:ReceiveTask',
    'bpmn:ScriptTask', 'bpmn:ServiceTask', 'bpmn:BusinessRuleTask', 'bpmn:CallActivity'
] as const;

export const SUB_PROCESS_TYPES = ['bpmn:SubProcess', 'bpmn:Transaction', 'bpmn:AdHocSubProcess'] as const;

/** `bpmn:IntermediateCatchEvent` → `intermediate catch event`. */
export function typeWords(element: BpmnElement): string {
    return element.$type.replace(/^\w+:/, '').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
