/**
 * Reads one BPMN 2.0 XML file with bpmn-moddle, after the guards that keep a
 * hostile or mistaken input from costing more than a one-line error: a size
 * limit, no document type declarations (entity expansion, external entities —
 * BPMN needs none), a root that must be BPMN `definitions`.
 */
import { BpmnModdle, type ModdleElement } from 'bpmn-moddle';

/** Larger files are refused (the largest MIWG reference model is 0.25 MB). */
export const MAX_BPMN_BYTES = 10 * 1024 * 1024;

/** Input that is not a BPMN 2.0 model we can read: one line for the user. */
export class BpmnInputError extends Error {
    override readonly name = 'BpmnInputError';
}

export interface ReadBpmn {
    readonly definitions: ModdleElement;
    /** What the reader skipped or could not resolve, one line each (vendor elements, broken references). */
    readonly readerWarnings: readonly string[];
}

export async function readBpmn(bytes: Uint8Array, moddle: BpmnModdle = new BpmnModdle()): Promise<ReadBpmn> {
    if (bytes.byteLength > MAX_BPMN_BYTES) {
        throw new BpmnInputError(`${megabytes(bytes.byteLength)} MB is more than the ${megabytes(MAX_BPMN_BYTES)} MB a BPMN file may have here`);
    }
    const text = decode(bytes);
    const start = text.replace(/^\uFEFF/, '').trimStart();
    if (!start.startsWith('<')) throw new BpmnInputError('not XML (a BPMN file starts with `<?xml` or `<definitions`)');
    // Refused before parsing: a DTD is how entity-expansion bombs and external entities get in.
    if (/<!DOCTYPE|<!ENTITY/i.test(text)) throw new BpmnInputError('the XML declares a document type or entities, which BPMN files never need; refused (entity expansion)');
    let result;
    try {
        result = await moddle.fromXML(text, 'bpmn:Definitions');
    } catch (error) {
        throw new BpmnInputError(readerFailure(error));
    }
    const definitions = result.rootElement;
    if (!definitions || definitions.$type !== 'bpmn:Definitions') throw new BpmnInputError('not BPMN 2.0: the root element is not <definitions> of the BPMN 2.0 model namespace');
    return { definitions, readerWarnings: result.warnings.map(warning => oneLine(warning.message)) };
}

/** UTF-8 unless the XML declaration names Latin-1 (several MIWG files do); the declaration is then rewritten to match. */
function decode(bytes: Uint8Array): string {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
    const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([^"']+)["']/i.exec(head)?.[1]?.toLowerCase();
    const latin1 = declared === 'iso-8859-1' || declared === 'latin1' || declared === 'windows-1252';
    const text = new TextDecoder(latin1 ? 'latin1' : 'utf-8').decode(bytes);
    return latin1 ? text.replace(/(<\?xml[^>]*encoding\s*=\s*["'])[^"']+(["'])/i, '$1UTF-8$2') : text;
}

function readerFailure(error: unknown): string {
    const message = oneLine(error instanceof Error ? error.message : String(error));
    if (/failed to parse document as <bpmn:Definitions>/.test(message) || /unknown type|unrecognized element/.test(message)) {
        return 'not BPMN 2.0: the root element is not <definitions> of the BPMN 2.0 model namespace';
    }
    return `not well-formed XML: ${message.length > 160 ? message.slice(0, 157) + '...' : message}`;
}

function oneLine(message: string): string {
    return message.replace(/\s*\n\s*/g, '; ').replace(/\s+/g, ' ').trim();
}

function megabytes(bytes: number): string {
    return (bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0);
}
