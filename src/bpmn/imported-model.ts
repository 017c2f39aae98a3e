/**
 * What an import produces before it is written as .sts text: the model's
 * elements with their derived names, the BPMN text they came from (titles),
 * documentation (comments), and the list of what .sts cannot express.
 */

export interface ImportedActor {
    readonly name: string;
    readonly title?: string;
    /** `external` for a pool without content; `team` for a lane holding lanes. */
    kind?: 'external' | 'team';
    readonly members: string[];
    readonly comments: string[];
}

export interface ImportedTool {
    readonly name: string;
    readonly title?: string;
    readonly kind: string;
    readonly comments: string[];
}

export interface ImportedTask {
    readonly name: string;
    readonly title?: string;
    owner?: string;
    readonly performers: string[];
    readonly uses: string[];
    readonly handles: string[];
    automatedBy?: string;
    readonly comments: string[];
}

export interface ImportedFlow {
    readonly from: string;
    readonly to: string;
    /** what passes (a message's name) */
    readonly item?: string;
    /** the branch conditions and events the arrow was flattened through */
    readonly comment?: string;
}

export interface ImportedProcess {
    readonly name: string;
    readonly title?: string;
    readonly triggers: string[];
    readonly outcomes: string[];
    /** task names of the process, in document order */
    readonly tasks: string[];
    readonly flows: ImportedFlow[];
    readonly comments: string[];
}

export interface ImportedModel {
    readonly system: { readonly name: string; readonly title?: string };
    readonly sources: readonly string[];
    readonly actors: ImportedActor[];
    readonly tools: ImportedTool[];
    readonly tasks: ImportedTask[];
    readonly processes: ImportedProcess[];
    /** everything the map holds that the .sts model does not, one line each */
    readonly notExpressed: string[];
}
