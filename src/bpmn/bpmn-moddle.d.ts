/**
 * The part of bpmn-moddle's API this project uses. The package ships types for
 * the BPMN meta-model but none for its entry point; elements are read through
 * `BpmnElement` (src/bpmn/bpmn-element.ts), which names only what the importer reads.
 */
declare module 'bpmn-moddle' {
    export interface ModdleElement {
        readonly $type: string;
        readonly $parent?: ModdleElement;
        id?: string;
        /** attributes outside the BPMN schema (`xmlns:…`, vendor attributes), by their qualified name */
        $attrs: Record<string, string>;
        [property: string]: unknown;
        /** a property's value; for a many-valued property, its live array (created on first access) */
        get(name: string): unknown[];
        set(name: string, value: unknown): void;
    }
    export interface ParseWarning { readonly message: string }
    export interface ParseResult {
        readonly rootElement: ModdleElement;
        readonly warnings: readonly ParseWarning[];
        readonly references: readonly unknown[];
    }
    export class BpmnModdle {
        constructor(packages?: Record<string, unknown>);
        fromXML(xml: string, typeName?: string): Promise<ParseResult>;
        toXML(element: ModdleElement, options?: { format?: boolean; preamble?: boolean }): Promise<{ xml: string }>;
        create(type: string, attributes?: Record<string, unknown>): ModdleElement;
    }
}
