/**
 * Builds in-memory workspaces of .sts files with the real services, and reads
 * back findings as (rule id, line) pairs the way a user sees them.
 */
import type { LangiumDocument } from 'langium';
import { URI } from 'langium';
import { EmptyFileSystem } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createStsServices } from '../../src/services/sts-services.js';
import type { Model } from '../../src/language/generated/ast.js';

export type Services = ReturnType<typeof createStsServices>;

export interface Finding {
    readonly rule: string;
    readonly line: number;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly message: string;
    readonly text: string;
    readonly diagnostic: Diagnostic;
}

const SEVERITIES = ['error', 'warning', 'info', 'hint'] as const;

export function newServices(): Services {
    return createStsServices(EmptyFileSystem);
}

/** Loads the files (name → text) into one workspace and builds them with validation. */
export async function buildWorkspace(files: Record<string, string>, services: Services = newServices()): Promise<{ services: Services; documents: Map<string, LangiumDocument<Model>> }> {
    const documents = new Map<string, LangiumDocument<Model>>();
    for (const [name, text] of Object.entries(files)) {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse(`file:///workspace/${name}`));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        documents.set(name, document);
    }
    await services.shared.workspace.DocumentBuilder.build([...documents.values()], { validation: true });
    return { services, documents };
}

/** One file on its own. */
export async function check(text: string): Promise<Finding[]> {
    const { documents } = await buildWorkspace({ 'model.sts': text });
    return findingsOf([...documents.values()][0]!);
}

export function findingsOf(document: LangiumDocument): Finding[] {
    return (document.diagnostics ?? []).map(diagnostic => ({
        rule: String(diagnostic.code ?? (diagnostic.data as { code?: string } | undefined)?.code ?? 'parse-error'),
        line: diagnostic.range.start.line + 1,
        severity: SEVERITIES[(diagnostic.severity ?? 1) - 1] ?? 'error',
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
        text: textOf(document, diagnostic),
        diagnostic
    }));
}

/** What a finding underlines. */
function textOf(document: LangiumDocument, diagnostic: Diagnostic): string {
    return document.textDocument.getText(diagnostic.range);
}

/** `rule@line` strings, sorted: compact to compare with an expected list. */
export function summary(findings: readonly Finding[]): string[] {
    return findings.map(finding => `${finding.rule}@${finding.line}`).sort();
}
