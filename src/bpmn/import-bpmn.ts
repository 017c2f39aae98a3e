/**
 * BPMN files → one formatted .sts model. The text is parsed and linked with
 * the language's own services before it is handed out: an import that would
 * not parse, or would name something it does not declare, is a bug, reported
 * as such rather than written.
 */
import * as path from 'node:path';
import { EmptyFileSystem, URI } from 'langium';
import { createStsServices } from '../services/sts-services.js';
import type { Model } from '../language/generated/ast.js';
import { formatText } from '../lsp/formatter.js';
import { importModel, type BpmnSource } from './import-model.js';
import type { ImportedModel } from './imported-model.js';
import { BpmnInputError, readBpmn } from './read-bpmn.js';
import { writeSts } from './write-sts.js';

export interface BpmnFile {
    /** how the file is named to the user (and in the output's first comment) */
    readonly name: string;
    readonly bytes: Uint8Array;
}

export interface BpmnImport {
    /** the formatted .sts text */
    readonly text: string;
    readonly model: ImportedModel;
}

/** For callers in another bundle (the editor), where `instanceof` would compare another copy of the class. */
export function isBpmnInputError(error: unknown): boolean {
    return error instanceof BpmnInputError || (error instanceof Error && error.name === 'BpmnInputError');
}

export async function importBpmn(files: readonly BpmnFile[]): Promise<BpmnImport> {
    const sources: BpmnSource[] = [];
    for (const file of files) {
        try {
            const read = await readBpmn(file.bytes);
            sources.push({ file: path.basename(file.name), ...read });
        } catch (error) {
            if (error instanceof BpmnInputError) throw new BpmnInputError(`${file.name}: ${error.message}`);
            throw error;
        }
    }
    const first = files[0] ? path.basename(files[0].name).replace(/\.(bpmn|bpmn2|xml)$/i, '') : 'Imported';
    const model = importModel(sources, first);
    return { text: await formatChecked(writeSts(model)), model };
}

/** Formats the generated text with the project's formatter after making sure it parses and links. */
async function formatChecked(text: string): Promise<string> {
    const { shared, Sts } = createStsServices(EmptyFileSystem);
    const document = shared.workspace.LangiumDocumentFactory.fromString<Model>(text, URI.parse('memory:///imported.sts'));
    shared.workspace.LangiumDocuments.addDocument(document);
    await shared.workspace.DocumentBuilder.build([document], { validation: false });
    const problems = [
        ...document.parseResult.lexerErrors.map(error => error.message),
        ...document.parseResult.parserErrors.map(error => `${error.message} at line ${error.token.startLine ?? '?'}`),
        ...document.references.filter(reference => reference.error !== undefined).map(reference => `unresolved ${reference.$refText}`)
    ];
    if (problems.length > 0) throw new Error(`the import produced a model that does not read back (${problems.slice(0, 3).join('; ')})`);
    return formatText(document, Sts);
}
