/**
 * The findings that `sts-ignore` comments silenced, per document, with their
 * reasons: the editor does not show them, but reports list them so an owner
 * can review every exception that was made.
 */
import type { LangiumSharedCoreServices } from 'langium';
import type { Range } from 'vscode-languageserver-types';
import type { Severity } from '../rules/rule.js';

export interface SuppressedFinding {
    readonly uri: string;
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    /** where the finding would have been */
    readonly range: Range;
    readonly reason: string | undefined;
    /** where the comment is */
    readonly comment: Range;
}

export class SuppressionLog {
    private readonly byDocument = new Map<string, readonly SuppressedFinding[]>();

    constructor(shared: LangiumSharedCoreServices) {
        // Deleted files take their suppressions with them.
        shared.workspace.DocumentBuilder.onUpdate((_changed, deleted) => deleted.forEach(uri => this.delete(uri.toString())));
    }

    set(uri: string, findings: readonly SuppressedFinding[]): void {
        if (findings.length === 0) this.byDocument.delete(uri); else this.byDocument.set(uri, findings);
    }

    forDocument(uri: string): readonly SuppressedFinding[] {
        return this.byDocument.get(uri) ?? [];
    }

    delete(uri: string): void {
        this.byDocument.delete(uri);
    }
}
