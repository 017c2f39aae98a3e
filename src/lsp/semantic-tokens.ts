/**
 * Semantic colouring: actors, tools, tasks, processes, feedback, metrics,
 * skills and data kinds each get their own token type, at declarations (with
 * the `declaration` modifier) and at every reference, so a name's colour says
 * what it is before the reader knows the model. Standard token types are used
 * so every theme colours them: the mapping below picks types that the default
 * themes colour differently.
 */
import type { AstNode } from 'langium';
import { AstUtils } from 'langium';
import type { SemanticTokenAcceptor } from 'langium/lsp';
import { AbstractSemanticTokenProvider } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isActor, isFlow, isTask, isTool } from '../language/generated/ast.js';

export const TOKEN_TYPE_OF: Readonly<Record<string, string>> = {
    Actor: SemanticTokenTypes.class,
    Tool: SemanticTokenTypes.enumMember,
    Task: SemanticTokenTypes.function,
    Process: SemanticTokenTypes.namespace,
    Feedback: SemanticTokenTypes.event,
    Metric: SemanticTokenTypes.variable,
    skill: SemanticTokenTypes.property,
    data: SemanticTokenTypes.enum
};

export class StsSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const declared = TOKEN_TYPE_OF[node.$type];
        if (declared && node.$container?.$type === 'Model') {
            acceptor({ node, property: 'name' as never, type: declared, modifier: SemanticTokenModifiers.declaration });
        }
        for (const reference of AstUtils.streamReferences(node)) {
            const target = 'ref' in reference.reference ? reference.reference.ref : undefined;
            const type = TOKEN_TYPE_OF[target?.$type ?? ''];
            if (type) acceptor({ node, property: reference.property as never, index: reference.index, type });
        }
        if (isActor(node)) this.names(node, 'skills', node.skills.length, 'skill', acceptor);
        if (isTask(node)) {
            this.names(node, 'needs', node.needs.length, 'skill', acceptor);
            this.names(node, 'handles', node.handles.length, 'data', acceptor);
        }
        if (isTool(node)) this.names(node, 'handles', node.handles.length, 'data', acceptor);
        if (isFlow(node)) this.names(node, 'data', node.data.length, 'data', acceptor);
    }

    private names(node: AstNode, property: string, count: number, kind: 'skill' | 'data', acceptor: SemanticTokenAcceptor): void {
        for (let index = 0; index < count; index++) acceptor({ node, property: property as never, index, type: TOKEN_TYPE_OF[kind]! });
    }
}
