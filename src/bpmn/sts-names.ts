/**
 * `sts:name`: the .sts name an exported BPMN element came from, as an
 * attribute in a namespace of our own, so an import of an export gives every
 * element its name back (titles alone would not: `TakeOrder "Take the order"`
 * would come back as `TakeTheOrder`). Other tools keep such attributes.
 */
import type { BpmnElement } from './bpmn-element.js';

export const STS_NAMES_NAMESPACE = 'https://sts.dev/bpmn/names';

/** The prefix the file binds to the namespace (`sts` in our exports), if it binds one. */
export function stsNamesPrefix(definitions: BpmnElement): string | undefined {
    for (const [attribute, value] of Object.entries(definitions.$attrs ?? {})) {
        if (attribute.startsWith('xmlns:') && value === STS_NAMES_NAMESPACE) return attribute.slice('xmlns:'.length);
    }
    return undefined;
}

export function stsNameOf(element: BpmnElement | undefined, prefix: string | undefined): string | undefined {
    return prefix && element ? element.$attrs?.[`${prefix}:name`] : undefined;
}
