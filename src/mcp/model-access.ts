/**
 * What the tools read: the shared services with one built workspace (the MCP
 * server's folder, or the language server's open workspace), and the ways the
 * answers name things — an element by its name and `file:line`, a system by
 * its name. Every lookup of a name that is not there says which names are.
 */
import * as path from 'node:path';
import type { AstNode, LangiumDocument } from 'langium';
import { AstUtils } from 'langium';
import type { WorkspaceEdit } from 'vscode-languageserver-types';
import type { Element, Model } from '../language/generated/ast.js';
import { isModel } from '../language/generated/ast.js';
import type { StsServices } from '../services/sts-services.js';
import type { SystemIndex } from '../model/system-index.js';
import { displayPath } from '../workspace/display-path.js';
import { closestName } from '../language/closest-name.js';
import { ToolError } from './tool.js';

export interface ModelAccess {
    readonly services: StsServices;
    /** the folder file paths are shown relative to (and relative paths in arguments are read from) */
    readonly root: string;
    /** every .sts document of the workspace, built and checked, in workspace order */
    documents(): readonly LangiumDocument<Model>[];
    /** lines an answer should add: files left out of the model, broken configuration files */
    notes?(): string[];
    /** whether the answers may carry images (an MCP client: yes; VS Code 1.100's language-model tools take text only) */
    readonly images?: boolean;
    /** where an editor holds the files: apply a change there (undoable) instead of writing the files */
    applyEdit?(edit: WorkspaceEdit): Promise<boolean>;
}

/** One system of the workspace: its name (or its file, for a file without a system line), documents and index. */
export interface SystemView {
    readonly name: string;
    readonly title: string | undefined;
    readonly documents: readonly LangiumDocument<Model>[];
    readonly index: SystemIndex;
}

export function systemsOf(model: ModelAccess): SystemView[] {
    const documents = new Set<LangiumDocument>(model.documents());
    const systems: SystemView[] = [];
    for (const members of model.services.shared.workspace.SystemPartitions.all().values()) {
        const own = members.filter(document => documents.has(document)) as Array<LangiumDocument<Model>>;
        const first = own[0];
        if (!first) continue;
        const root = first.parseResult.value;
        const system = isModel(root) ? root.system : undefined;
        systems.push({
            name: system?.name ?? displayPath(first.uri.toString(), model.root),
            title: system?.title,
            documents: own,
            index: model.services.model.SystemIndexProvider.forDocument(first)
        });
    }
    return systems;
}

/** The systems an answer is about: the one named, or all of them. */
export function selectSystems(model: ModelAccess, name: string | undefined): SystemView[] {
    const systems = systemsOf(model);
    if (systems.length === 0) throw new ToolError(`There are no .sts files under ${model.root}.`);
    if (name === undefined) return systems;
    const found = systems.filter(system => system.name === name);
    if (found.length > 0) return found;
    throw new ToolError(`No system named '${name}'${suggest(name, systems.map(system => system.name))} Systems: ${systems.map(system => system.name).join(', ')}.`);
}

/** Where a node is written: `file:line` (1-based), relative to the root. */
export function placeOf(node: AstNode, root: string): string {
    const document = AstUtils.getDocument(node);
    const line = (node.$cstNode?.range.start.line ?? 0) + 1;
    return `${displayPath(document.uri.toString(), root)}:${line}`;
}

/** `Name (file:line)`, or `Name "Title" (file:line)` when it has a title. */
export function named(node: Element, root: string): string {
    return `${node.name}${node.title ? ` "${node.title}"` : ''} (${placeOf(node, root)})`;
}

/** An element as data: name, kind, title, file and line. */
export function elementData(node: Element, root: string): { name: string; kind: string; title?: string; at: string } {
    return { name: node.name, kind: node.$type.toLowerCase(), ...(node.title ? { title: node.title } : {}), at: placeOf(node, root) };
}

export interface Found<T extends Element> {
    readonly element: T;
    readonly system: SystemView;
}

/**
 * The elements of the wanted kind declared with this name, in the systems given.
 * None: a ToolError that suggests the closest name of that kind.
 */
export function findElements<T extends Element>(systems: readonly SystemView[], name: string, guard: (node: unknown) => node is T, kindWord: string): Array<Found<T>> {
    const found: Array<Found<T>> = [];
    for (const system of systems) for (const element of system.index.declared(name)) if (guard(element)) found.push({ element, system });
    if (found.length > 0) return found;
    const names = new Set<string>();
    for (const system of systems) {
        for (const list of [system.index.actors, system.index.tools, system.index.tasks, system.index.processes, system.index.feedbacks, system.index.metrics]) {
            for (const element of list as readonly Element[]) if (guard(element)) names.add(element.name);
        }
    }
    const other = systems.flatMap(system => system.index.declared(name));
    const otherKind = other[0] ? ` (${name} is a ${other[0].$type.toLowerCase()})` : '';
    throw new ToolError(`No ${kindWord} named '${name}'${otherKind}${suggest(name, names)}${names.size > 0 && names.size <= 40 ? ` Known: ${[...names].join(', ')}.` : ''}`);
}

function suggest(name: string, names: Iterable<string>): string {
    const suggestion = closestName(name, names);
    return suggestion ? `; did you mean '${suggestion}'?` : '.';
}

/** Whether the file is the path itself or lies in the folder at the path (both absolute). */
export function isUnder(file: string, folder: string): boolean {
    const relative = path.relative(folder, file);
    return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Appends without spreading (lists may be long). */
export function append<T>(target: T[], items: Iterable<T>): void {
    for (const item of items) target.push(item);
}

/** "No <what> named 'x'; did you mean 'y'? Known: …" */
export function noSuch(what: string, name: string, known: readonly string[]): ToolError {
    return new ToolError(`No ${what} named '${name}'${suggest(name, known)}${known.length > 0 && known.length <= 40 ? ` Known: ${known.join(', ')}.` : ''}`);
}
