import { AstUtils } from 'langium';
import { defineRule } from './rule.js';

/**
 * Two elements of one system with the same name: references to the name would be
 * ambiguous. Reported on every declaration, each pointing at the others (the
 * first five in the message, twenty as related locations).
 */
export const duplicateName = defineRule({
    id: 'duplicate-name',
    title: 'two elements of the same name in one system',
    area: 'structure',
    defaultSeverity: 'error',
    scope: 'model',
    description: 'Two elements of the same name in one system.',
    anchor: 'PASTA, Archi',
    defaultOptions: {},
    check({ document, model, index, report }) {
        for (const element of model.elements) {
            const declarations = index.declared(element.name);
            if (declarations.length < 2) continue;
            // A name pasted a thousand times gets a readable finding per copy, not a thousand locations in each.
            const shown = firstOthers(declarations, element, SHOWN_IN_MESSAGE);
            const more = declarations.length - 1 - shown.length;
            const where = shown.map(other => {
                const line = (other.$cstNode?.range.start.line ?? 0) + 1;
                const file = AstUtils.getDocument(other);
                return file === document ? `line ${line}` : `${file.uri.path.split('/').pop()}:${line}`;
            }).join(', ') + (more > 0 ? ` and ${more} more` : '');
            report({
                node: element, property: 'name',
                message: `The name ${element.name} is declared ${declarations.length} times in this system (also at ${where}): each element needs a name of its own.`,
                related: firstOthers(declarations, element, SHOWN_AS_RELATED).map(node => ({ node, property: 'name', message: `${element.name} is also declared here` })),
                data: { name: element.name }
            });
        }
    }
});

const SHOWN_IN_MESSAGE = 5;
const SHOWN_AS_RELATED = 20;

/** The first `count` declarations other than `element`, in file and text order. */
function firstOthers<T>(declarations: readonly T[], element: T, count: number): T[] {
    const others: T[] = [];
    for (const other of declarations) {
        if (others.length === count) break;
        if (other !== element) others.push(other);
    }
    return others;
}
