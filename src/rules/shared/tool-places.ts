/**
 * Where someone works a tool (ToolPlace, from the business's people in the model
 * index), as a place a finding can point at and as words a business owner reads.
 */
import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Model } from '../../language/generated/ast.js';
import { handoffRange } from '../../model/system-index.js';
import type { ToolPlace } from '../../model/people.js';

export interface PlaceLocation {
    readonly node: AstNode;
    readonly property?: string;
    readonly index?: number;
    readonly range?: Range;
}

export function locationOf(place: ToolPlace): PlaceLocation {
    if (place.handoff) return { node: place.handoff.flow, range: handoffRange(place.handoff) };
    const task = place.task!;
    switch (place.work) {
        case 'automation': return { node: task, property: 'automatedBy' };
        case 'fallback': return { node: task, property: 'fallback' };
        case 'escalation': return { node: task, property: 'escalatesTo' };
        default: {
            const position = task.uses.findIndex(reference => reference.ref === place.tool);
            return position >= 0 ? { node: task, property: 'uses', index: position } : { node: task, property: 'name' };
        }
    }
}

/** The file (model) the place is written in. */
export function modelOf(place: ToolPlace): Model | undefined {
    let node: AstNode | undefined = place.handoff ? place.handoff.flow : place.task;
    while (node && node.$type !== 'Model') node = node.$container;
    return node as Model | undefined;
}

/** What the person does with the tool there, as a phrase: "performs Examine", "sends the order ticket from TakeOrder to Cook". */
export function placeWords(place: ToolPlace): string {
    const task = place.task?.name;
    switch (place.work) {
        case 'owns': return `does ${task}`;
        case 'performs': return `performs ${task}`;
        case 'automation': return `answers for ${task}, which ${place.tool.name} does automatically`;
        case 'fallback': return `takes over ${task} when it fails`;
        case 'escalation': return `is who ${task} escalates to`;
        case 'sends': {
            const handoff = place.handoff!;
            const what = handoff.item ? `“${handoff.item}”` : 'work';
            return `sends ${what} from ${handoff.from.name} to ${handoff.to.name} through it`;
        }
    }
}
