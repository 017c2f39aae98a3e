/**
 * Completion: Langium's grammar-driven completion, plus what the grammar cannot
 * know. References come from the system's symbol table through our scope
 * provider, so only tools are offered after `uses` and only actors after
 * `owner`; each carries its kind and title. Where the grammar takes a free
 * name, the names already used in the system are offered: skills after
 * `skills`/`needs`, data kinds after `handles`/`with`, the known kinds after
 * `kind`. Keywords carry a line saying what they mean. Block snippets come
 * from snippets/sts.json, contributed to VS Code.
 */
import type { AstNodeDescription, LangiumDocument, MaybePromise, ReferenceInfo } from 'langium';
import { AstUtils, GrammarAST } from 'langium';
import type { CompletionAcceptor, CompletionContext, CompletionValueItem, NextFeature } from 'langium/lsp';
import { DefaultCompletionProvider } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import type { StsLspServices } from './lsp-module.js';
import type { SystemIndex } from '../model/system-index.js';
import { KEYWORD_DOCS } from './keyword-docs.js';

const ACTOR_KINDS = ['person', 'role', 'team', 'customer', 'external', 'supplier', 'agent'];
const TOOL_KINDS = ['software', 'device', 'machine', 'channel', 'data'];
const DATA_KINDS = ['personal-data', 'payment'];
/** The keyword that opens a list of free names, with the names already written after it. */
const FREE_NAME_LIST = /\b(skills|needs|handles|with|kind)\s+(?:[\w-]+\s*,\s*)*$/;

export class StsCompletionProvider extends DefaultCompletionProvider {
    constructor(private readonly sts: StsLspServices) {
        super(sts);
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const rule = AstUtils.getContainerOfType(next.feature, GrammarAST.isParserRule);
        // `kind vendor` and `kind owner` are kinds written with keywords; the kinds are offered by the Name branch.
        if (rule?.name === 'ActorKind') return;
        if (rule?.name === 'Name') {
            // The grammar only says "a name" here; the keyword before the list says which names make sense.
            const before = context.textDocument.getText().slice(0, context.tokenOffset);
            const keyword = FREE_NAME_LIST.exec(before)?.[1];
            const names = keyword ? this.freeNames(context.document, context.node?.$type ?? '', keyword) : undefined;
            if (names) {
                for (const { label, detail } of names) acceptor(context, { label, kind: CompletionItemKind.Value, detail, sortText: '0' });
            }
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    /** Names for a free-name position: skills, data kinds, kinds. Undefined where a new name is being declared. */
    private freeNames(document: LangiumDocument, type: string, feature: string): { label: string; detail: string }[] | undefined {
        const index = this.sts.model.SystemIndexProvider.forDocument(document);
        switch (feature) {
            case 'skills':
            case 'needs':
                return [...skillsIn(index)].map(label => ({ label, detail: 'skill used in this system' }));
            case 'handles':
            case 'with':
                return [...new Set([...DATA_KINDS, ...dataKindsIn(index)])].map(label => ({ label, detail: 'data kind' }));
            case 'kind':
                return (type === 'Tool' ? TOOL_KINDS : ACTOR_KINDS).map(label => ({ label, detail: `${type.toLowerCase()} kind` }));
            default:
                return undefined;
        }
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword)) return;
        const documentation = KEYWORD_DOCS[keyword.value];
        acceptor(context, {
            label: keyword.value,
            kind: CompletionItemKind.Keyword,
            detail: 'keyword',
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            sortText: '1'
        });
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        // Punctuation is typed, not picked from a list.
        return /^[a-z]/.test(keyword.value) && super.filterKeyword(context, keyword);
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const title = (this.nodeOf(description) as { title?: string } | undefined)?.title;
        return { ...item, detail: `${description.type.toLowerCase()}${title ? ` — ${title}` : ''}` };
    }

    private nodeOf(description: AstNodeDescription) {
        if (description.node) return description.node;
        const document = this.sts.shared.workspace.LangiumDocuments.getDocument(description.documentUri);
        return document ? this.sts.workspace.AstNodeLocator.getAstNode(document.parseResult.value, description.path) : undefined;
    }
}

function skillsIn(index: SystemIndex): Set<string> {
    const skills = new Set<string>();
    for (const actor of index.actors) for (const skill of actor.skills) skills.add(skill);
    for (const task of index.tasks) for (const skill of task.needs) skills.add(skill);
    return skills;
}

function dataKindsIn(index: SystemIndex): Set<string> {
    const kinds = new Set<string>();
    for (const tool of index.tools) for (const kind of tool.handles) kinds.add(kind);
    for (const task of index.tasks) for (const kind of task.handles) kinds.add(kind);
    for (const handoff of index.handoffs) for (const kind of handoff.data) kinds.add(kind);
    return kinds;
}
