/**
 * How each kind of element appears in the outline, breadcrumbs, workspace
 * symbols and completion lists: people as classes, tools as interfaces, tasks
 * as functions, processes as namespaces, so each kind has its own icon.
 */
import type { AstNode, AstNodeDescription } from 'langium';
import type { NodeKindProvider } from 'langium/lsp';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver';

const SYMBOL_KINDS: Readonly<Record<string, SymbolKind>> = {
    System: SymbolKind.Package,
    Actor: SymbolKind.Class,
    Tool: SymbolKind.Interface,
    Task: SymbolKind.Function,
    Process: SymbolKind.Namespace,
    Flow: SymbolKind.Event,
    Feedback: SymbolKind.Event,
    Metric: SymbolKind.Constant
};

const COMPLETION_KINDS: Readonly<Record<string, CompletionItemKind>> = {
    Actor: CompletionItemKind.Class,
    Tool: CompletionItemKind.Interface,
    Task: CompletionItemKind.Function,
    Process: CompletionItemKind.Module,
    Feedback: CompletionItemKind.Event,
    Metric: CompletionItemKind.Constant
};

export class StsNodeKindProvider implements NodeKindProvider {
    getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return SYMBOL_KINDS[typeOf(node)] ?? SymbolKind.Field;
    }

    getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return COMPLETION_KINDS[typeOf(node)] ?? CompletionItemKind.Reference;
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
