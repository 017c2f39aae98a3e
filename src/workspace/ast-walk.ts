/**
 * One pass over a syntax tree that hands every reference to a callback, with
 * its container, property and index exactly as Langium's `streamAst` +
 * `streamReferences` would, but without their iterator objects: linking and
 * indexing references visit every reference of every file on each build, and
 * the streams cost more than the work done per reference.
 */
import type { AstNode, ReferenceInfo } from 'langium';
import { isAstNode, isMultiReference, isReference } from 'langium';

/** What a walker visited, kept by its owner (the linker, the reference descriptions) for the scale tests' operation counts. */
export interface WalkCounts { nodes: number; references: number }

export type ReferenceVisitor = (info: ReferenceInfo) => void;

/** The references held by this node itself (not its children). */
export function visitOwnReferences(node: AstNode, visit: ReferenceVisitor, counts?: WalkCounts): void {
    if (counts) counts.nodes++;
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isReference(value) || isMultiReference(value)) {
            if (counts) counts.references++;
            visit({ reference: value, container: node, property });
        } else if (Array.isArray(value)) {
            for (let index = 0; index < value.length; index++) {
                const element: unknown = value[index];
                if (isReference(element) || isMultiReference(element)) {
                    if (counts) counts.references++;
                    visit({ reference: element, container: node, property, index });
                }
            }
        }
    }
}

/** The direct children of a node, in property order, like `streamContents`. */
export function childNodes(node: AstNode): AstNode[] {
    const children: AstNode[] = [];
    for (const property of Object.keys(node)) {
        if (property.startsWith('$')) continue;
        const value = (node as unknown as Record<string, unknown>)[property];
        if (isAstNode(value)) children.push(value);
        else if (Array.isArray(value)) for (const element of value) if (isAstNode(element)) children.push(element);
    }
    return children;
}

/** Every reference in the subtree, in the order of `streamAst` (a node before its children). */
export function visitReferences(node: AstNode, visit: ReferenceVisitor, counts?: WalkCounts): void {
    visitOwnReferences(node, visit, counts);
    for (const child of childNodes(node)) visitReferences(child, visit, counts);
}
