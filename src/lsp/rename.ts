/**
 * Rename across all files of a system. The prepare step refuses keywords,
 * the `system` line and anything that is not an element or a reference to one;
 * the rename itself refuses a new name that is not a valid name, is a keyword,
 * or is already taken in the system (which would merge two elements).
 */
import type { LangiumDocument } from 'langium';
import { AstUtils, CstUtils, GrammarAST } from 'langium';
import { DefaultRenameProvider } from 'langium/lsp';
import type { Range, RenameParams, TextDocumentPositionParams, WorkspaceEdit } from 'vscode-languageserver';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import { isSystem } from '../language/generated/ast.js';
import { isValidName } from '../language/names.js';
import type { StsLspServices } from './lsp-module.js';

export class StsRenameProvider extends DefaultRenameProvider {
    private readonly keywords: ReadonlySet<string>;

    constructor(private readonly sts: StsLspServices) {
        super(sts);
        this.keywords = new Set(AstUtils.streamAllContents(sts.Grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value));
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams): Range | undefined {
        const target = this.targetAt(document, params);
        if (!target || isSystem(target)) return undefined;
        return super.prepareRename(document, params) as Range | undefined;
    }

    override async rename(document: LangiumDocument, params: RenameParams): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params) as { name?: string } | undefined;
        if (!target || isSystem(target) || !target.name) return undefined;
        const newName = params.newName.trim();
        if (!isValidName(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `“${newName}” is not a valid name: use letters, digits and _, with single hyphens inside (like head-chef).`);
        }
        if (this.keywords.has(newName)) {
            throw new ResponseError(ErrorCodes.InvalidParams, `“${newName}” is a keyword of the language and cannot be a name.`);
        }
        if (newName !== target.name && this.sts.model.SystemIndexProvider.forDocument(document).declared(newName).length > 0) {
            throw new ResponseError(ErrorCodes.InvalidParams, `${newName} is already declared in this system; renaming would merge two elements.`);
        }
        return super.rename(document, { ...params, newName });
    }

    /** The element declared or referenced at the position, if any. */
    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams) {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf || GrammarAST.isKeyword(leaf.grammarSource)) return undefined;
        return this.references.findDeclarations(leaf)[0];
    }
}
