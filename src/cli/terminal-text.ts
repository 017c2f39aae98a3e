/**
 * Text from a model (names, titles, messages that quote them) or from the
 * command line goes to a terminal: control characters in it could move the
 * cursor, recolour or retitle the terminal, or hide text (ANSI escapes, a bare
 * carriage return, bidirectional overrides). They are shown escaped instead.
 */

// C0 controls but tab and newline, DEL, C1 controls, line/paragraph separators, bidi embeddings, overrides and isolates.
const UNSAFE_IN_TEXT = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
// What JSON.stringify leaves raw (it escapes only below U+0020).
const UNSAFE_IN_JSON = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

function hex(character: string, digits: number): string {
    return character.charCodeAt(0).toString(16).padStart(digits, '0');
}

/** `\x1b`, `\u202e`: visible, and nothing a terminal acts on. */
export function escapeControls(text: string): string {
    return text.replace(UNSAFE_IN_TEXT, character => {
        const code = character.charCodeAt(0);
        return code <= 0xff ? `\\x${hex(character, 2)}` : `\\u${hex(character, 4)}`;
    });
}

/** The same characters as JSON escapes (`\u009b`), which keep the document's meaning: such characters only occur inside JSON strings. */
export function escapeJsonControls(json: string): string {
    return json.replace(UNSAFE_IN_JSON, character => `\\u${hex(character, 4)}`);
}
