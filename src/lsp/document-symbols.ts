/**
 * The outline and breadcrumbs: the system, then every element; a process also
 * lists its handoff lines (`TakeOrder -> Cook`, with the tool and item as
 * detail), so a long process can be navigated line by line.
 */
import type { AstNode, LangiumDocument } from 'langium';
import { GrammarUtils } from 'langium';
import { DefaultDocumentSymbolProvider } from 'langium/lsp';
import type { DocumentSymbol } from 'vscode-languageserver';
import { SymbolKind } from 'vscode-languageserver';
import { isFlow, isProcess } from '../language/generated/ast.js';

export class StsDocumentSymbolProvider extends DefaultDocumentSymbolProvider {
    protected override getChildSymbols(document: LangiumDocument, node: AstNode): DocumentSymbol[] | undefined {
        if (!isProcess(node)) return super.getChildSymbols(document, node);
        const handoffs: DocumentSymbol[] = [];
        for (const flow of node.flows) {
            const first = GrammarUtils.findNodeForProperty(flow.$cstNode, 'steps', 0);
            if (!flow.$cstNode || !first || !isFlow(flow)) continue;
            const via = flow.via ? `via ${flow.via.$refText}` : '';
            const item = flow.item ? `“${flow.item}”` : '';
            handoffs.push({
                name: flow.steps.map(step => step.$refText).join(' -> '),
                detail: [via, item].filter(Boolean).join(' '),
                kind: SymbolKind.Event,
                range: flow.$cstNode.range,
                selectionRange: first.range
            });
        }
        return handoffs.length > 0 ? handoffs : undefined;
    }
}
