/**
 * Names for imported elements: what the map calls an element, made into a
 * valid .sts identifier (`Invoice\napproved?` → `InvoiceApproved`), unique in
 * the model, stable for the same input (derived from the text and document
 * order only). The original text is kept as the element's title.
 */

/** Letters the .sts grammar accepts in names (ASCII and Latin-1/Latin Extended-A/B). */
const LETTER = /[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;
/** A name as the grammar's ID terminal reads it (keywords are lower-case words; these start in upper case or are refused below). */
const VALID_NAME = /^[_a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F][\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]*(-[\w\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;
const WORD_CHAR = /[A-Za-z0-9_\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]/;

/** The display text of a name: line breaks and runs of spaces become one space. */
export function titleOf(name: string | undefined): string | undefined {
    const title = name?.replace(/\s+/g, ' ').trim();
    return title ? title : undefined;
}

/** `Invoice\napproved?` → `InvoiceApproved`; `7 days` → `N7Days`; text with no usable letter → undefined. */
export function identifierOf(text: string | undefined): string | undefined {
    const words = wordsOf(text);
    if (words.length === 0) return undefined;
    const joined = words.map(word => word[0]!.toUpperCase() + word.slice(1)).join('');
    const limited = joined.length > 60 ? joined.slice(0, 60) : joined;
    return LETTER.test(limited[0]!) ? limited : `N${limited}`;
}

/** The words of a text in the letters names may hold: other letters lose their accents if that brings them in, else split words. */
export function wordsOf(text: string | undefined): string[] {
    if (!text) return [];
    return [...text.normalize('NFC')].map(character => WORD_CHAR.test(character) ? character : foldToWord(character)).join('')
        .split(/[^A-Za-z0-9\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+/).filter(word => word.length > 0);
}

function foldToWord(character: string): string {
    const folded = character.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    return folded.length > 0 && [...folded].every(part => WORD_CHAR.test(part)) ? folded : ' ';
}

/**
 * Hands out unique identifiers: the first `Review` is `Review`, the next
 * `Review2`; names differing only in case count as the same (so a reader is
 * never asked to tell `Review` from `review`).
 */
export class NameRegistry {
    private readonly taken = new Set<string>();

    /** A fresh identifier for `text`, or for `fallback` (e.g. `Task`) numbered from 1 when the text has none. */
    claim(text: string | undefined, fallback: string): string {
        const base = identifierOf(text);
        if (base === undefined) return this.numbered(fallback, 1);
        return this.isFree(base) ? this.take(base) : this.numbered(base, 2);
    }

    /** `preferred` as it is when it is a valid name and still free (a name an export kept in `sts:name`), else as `claim`. */
    claimPreferred(preferred: string | undefined, text: string | undefined, fallback: string): string {
        if (preferred !== undefined && VALID_NAME.test(preferred) && this.isFree(preferred)) return this.take(preferred);
        return this.claim(text, fallback);
    }

    isFree(name: string): boolean {
        return !this.taken.has(name.toLowerCase());
    }

    private numbered(base: string, from: number): string {
        let counter = from;
        while (!this.isFree(`${base}${counter}`)) counter++;
        return this.take(`${base}${counter}`);
    }

    private take(name: string): string {
        this.taken.add(name.toLowerCase());
        return name;
    }
}
