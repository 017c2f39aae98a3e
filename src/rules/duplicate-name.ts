import { AstUtils } from 'langium';
import { defineRule } from './rule.js';

/**
 * Two elements of one system with the same name: references to the name would be
 * ambiguous. Reported on every declaration, each pointing at the others.
 */
export const duplicateName = defineRule({
    id: 'duplicate-name',
    defaultSeverity: 'error',
    scope: 'model',
    description: 'Two elements of the same name in one system.',
    anchor: 'PASTA, Archi',
    defaultOptions: {},
    check({ document, model, index, report }) {
        for (const element of model.elements) {
            const declarations = index.declared(element.name);
            if (declarations.length < 2) continue;
            const others = declarations.filter(other => other !== element);
            const where = others.map(other => {
                const line = (other.$cstNode?.range.start.line ?? 0) + 1;
                const file = AstUtils.getDocument(other);
                return file === document ? `line ${line}` : `${file.uri.path.split('/').pop()}:${line}`;
            });
            report({
                node: element, property: 'name',
                message: `The name ${element.name} is declared ${declarations.length} times in this system (also at ${where.join(', ')}): each element needs a name of its own.`,
                related: others.map(node => ({ node, property: 'name', message: `${element.name} is also declared here` })),
                data: { name: element.name }
            });
        }
    }
});
