/**
 * The public, serialisable types of the diagram: the model built from a
 * system (stage 1), what a view asks for, and the laid-out picture (stage 2)
 * the SVG renderer draws (stage 3). Plain JSON data only, no imports, so the
 * language server, the command line and the webview (in a browser bundle or a
 * Web Worker) can share it and pass it through `postMessage`.
 */

export interface SourcePosition { readonly line: number; readonly character: number }
export interface SourceRange { readonly start: SourcePosition; readonly end: SourcePosition }
/** Where an element or handoff is written, for click-to-reveal and cursor highlighting. */
export interface SourceLocation { readonly uri: string; readonly range: SourceRange }

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** One finding of a check, as taken from a document's diagnostics. */
export interface DiagramFinding {
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    readonly uri: string;
    readonly range: SourceRange;
}

export type NodeKind = 'actor' | 'tool' | 'task' | 'process' | 'feedback' | 'metric';
export const NODE_KINDS: readonly NodeKind[] = ['actor', 'tool', 'task', 'process', 'feedback', 'metric'];

/**
 * owns: actor → task it is accountable for; performs: actor → task they do
 * (`performed by`); member: member actor → team; uses: task → tool (`implicit` when
 * only a handoff of the task goes through the tool); automates: tool → task;
 * handoff: task/actor → task/actor inside a process; trained: actor → tool;
 * untrained: actor → tool it uses without training; feeds: tool → tool;
 * measures: metric → process/task. Feedback is a node in the model; the
 * process view draws it as a dashed arrow going back (kind `feedback`).
 */
export type EdgeKind = 'owns' | 'performs' | 'member' | 'uses' | 'automates' | 'handoff' | 'trained' | 'untrained' | 'feeds' | 'measures' | 'feedback';

/**
 * How an element or relation changed against another version of the model
 * (set by whoever compares two models, e.g. an impact analysis); the renderer
 * marks it and the legend explains the marks shown.
 */
export type ChangeMark = 'added' | 'removed' | 'changed';
export const CHANGE_MARKS: readonly ChangeMark[] = ['added', 'removed', 'changed'];

/** Stable id of an element: `<kind>:<Name>`, e.g. `actor:Waiter`, `process:DineIn`. */
export type ElementId = string;

export interface DiagramNode {
    /** `<kind>:<Name>`; stays the same while the element keeps its name. */
    readonly id: ElementId;
    readonly kind: NodeKind;
    readonly name: string;
    readonly title?: string;
    /** `Name` or `Name “Title”`, for tooltips and exports. */
    readonly label: string;
    /** A short second line: the actor's kind and headcount, the tool's kind and data, a cadence... */
    readonly detail?: string;
    readonly findings: readonly DiagramFinding[];
    readonly source?: SourceLocation;
    /** process: its tasks in flow order (ids). */
    readonly tasks?: readonly ElementId[];
    /** process, metric: owner (actor id). */
    readonly owner?: ElementId;
    /** feedback: from (actor, task or metric id), to (actor id), via (tool id), about (process/task ids). */
    readonly from?: ElementId;
    readonly to?: ElementId;
    readonly via?: ElementId;
    readonly about?: readonly ElementId[];
    /** metric: what it measures (process/task ids). */
    readonly measures?: readonly ElementId[];
    /** task: who else does the work (`performed by`, actor ids). */
    readonly performers?: readonly ElementId[];
    /** actor (a team): its members (actor ids). */
    readonly members?: readonly ElementId[];
    readonly change?: ChangeMark;
}

export interface DiagramEdge {
    /** e.g. `handoff:DineIn:TakeOrder->Cook`, `owns:Waiter->TakeOrder`, `uses:TakeOrder->POS`, `trained:Waiter->POS`. */
    readonly id: string;
    readonly kind: EdgeKind;
    readonly from: ElementId;
    readonly to: ElementId;
    /** handoff: what passes (the item), e.g. `order ticket`. */
    readonly item?: string;
    /** handoff: the tool it passes through (tool id). */
    readonly via?: ElementId;
    /** handoff: the process it belongs to (process id). */
    readonly process?: ElementId;
    /** uses: derived from a handoff through the tool rather than written as `uses`. */
    readonly implicit?: boolean;
    readonly findings: readonly DiagramFinding[];
    readonly source?: SourceLocation;
    readonly change?: ChangeMark;
}

export interface DiagramModel {
    /** The system's name (`system Name`), or empty for a file without one. */
    readonly system: string;
    readonly title?: string;
    readonly nodes: readonly DiagramNode[];
    readonly edges: readonly DiagramEdge[];
    /** Findings inside no element (e.g. a parse error between elements). */
    readonly unplacedFindings: readonly DiagramFinding[];
}

export type ViewKind = 'system' | 'process' | 'training';
export const VIEW_KINDS: readonly ViewKind[] = ['system', 'process', 'training'];

/** What to draw: a view, and for the process view one process by name (all processes without it). */
export interface ViewRequest {
    readonly view: ViewKind;
    readonly process?: string;
}

/** The flow direction of the process view: steps left to right (a wide panel) or top to bottom, lanes side by side (a tall one). */
export type FlowDirection = 'right' | 'down';

// ---- stage 2: the laid-out picture -------------------------------------------------

export interface Point { readonly x: number; readonly y: number }
export interface Box { readonly x: number; readonly y: number; readonly width: number; readonly height: number }

export interface PlacedNode extends Box {
    /** Unique in the picture (`process:DineIn/task:Cook` when a task shows in several processes). */
    readonly key: string;
    /** The element's stable id (`task:Cook`): what `data-id` carries and navigation uses. */
    readonly id: ElementId;
    readonly kind: NodeKind;
    readonly name: string;
    readonly title?: string;
    readonly detail?: string;
    /** task: performers' names, drawn inside the node. */
    readonly performers?: readonly string[];
    /** process view: the step's place in the flow (column, or row when the flow runs down), kept across edits. */
    readonly rank?: number;
    readonly findings: readonly DiagramFinding[];
    readonly source?: SourceLocation;
    readonly change?: ChangeMark;
}

export interface PlacedEdge {
    readonly key: string;
    /** Stable id of the edge, or of the feedback element for a feedback arrow. */
    readonly id: string;
    readonly kind: EdgeKind;
    readonly from: string;
    readonly to: string;
    /** Polyline from the source's border to the target's border. */
    readonly points: readonly Point[];
    /** Label lines (item, `via Tool`, ...), drawn in `labelBox`. */
    readonly label?: readonly string[];
    readonly labelBox?: Box;
    /** Where the findings badge goes: a point of the line away from other lines, labels and nodes. */
    readonly badge?: Point;
    readonly implicit?: boolean;
    readonly findings: readonly DiagramFinding[];
    readonly source?: SourceLocation;
    readonly change?: ChangeMark;
}

/** A horizontal band: a swimlane (process view) or a layer (system/training view). */
export interface PlacedLane extends Box {
    readonly key: string;
    readonly label: string;
    /** A second, smaller line (the actor's title). */
    readonly detail?: string;
    /** The actor of a swimlane. */
    readonly actor?: ElementId;
    /** Where the label goes: `left` (default, lanes running across) or `top` (lanes as columns). */
    readonly header?: 'left' | 'top';
}

/** The frame around one process in the process view. */
export interface PlacedFrame extends Box {
    readonly key: string;
    readonly id: ElementId;
    readonly label: string;
}

export interface LaidOutDiagram {
    readonly view: ViewKind;
    /** process view: the direction its steps flow. */
    readonly direction?: FlowDirection;
    readonly title: string;
    readonly width: number;
    readonly height: number;
    readonly nodes: readonly PlacedNode[];
    readonly edges: readonly PlacedEdge[];
    readonly lanes: readonly PlacedLane[];
    readonly frames: readonly PlacedFrame[];
    /** Shown instead of a picture when the view has nothing to draw (e.g. an unknown process). */
    readonly message?: string;
}
