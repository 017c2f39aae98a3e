/**
 * Text width without a DOM: Arial/Liberation Sans advance widths (the SVG asks
 * for those fonts first) plus a margin for wider fallbacks, so labels can be
 * wrapped and boxes sized the same way in Node, a browser and a Web Worker.
 */

// Advance widths in 1/1000 em, Arial metrics, for ASCII 32..126.
const WIDTHS = [
    278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space ! " # $ % & ' ( ) * + , - . /
    556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0-9 : ; < = > ?
    1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ A-O
    667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P-Z [ \ ] ^ _
    333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` a-o
    556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584       // p-z { | } ~
];
/** Fallback fonts (DejaVu Sans, Segoe UI) run wider than Arial. */
const SAFETY = 1.1;

export interface FontSpec { readonly size: number; readonly bold?: boolean }

export function textWidth(text: string, font: FontSpec): number {
    let units = 0;
    for (const character of text) {
        const code = character.codePointAt(0) ?? 32;
        units += code >= 32 && code <= 126 ? WIDTHS[code - 32]! : code > 0x2e80 ? 1000 : 600;
    }
    return (units / 1000) * font.size * (font.bold ? 1.15 : 1) * SAFETY;
}

/** Wraps at spaces (and inside over-long words) to lines no wider than `width`; the last allowed line ends in `…` if text remains. */
export function wrapText(text: string, width: number, font: FontSpec, maxLines: number): string[] {
    const words = text.split(/\s+/).filter(word => word.length > 0);
    const lines: string[] = [];
    let current = '';
    const pending = [...words];
    while (pending.length > 0) {
        const word = pending.shift()!;
        const candidate = current ? `${current} ${word}` : word;
        if (textWidth(candidate, font) <= width) {
            current = candidate;
            continue;
        }
        if (current) {
            lines.push(current);
            current = '';
            pending.unshift(word);
        } else {
            // a single word wider than the line: break it
            const cut = fitting(word, width, font);
            lines.push(word.slice(0, cut));
            pending.unshift(word.slice(cut));
        }
        if (lines.length === maxLines) break;
    }
    if (current && lines.length < maxLines) lines.push(current);
    else if ((current || pending.length > 0) && lines.length === maxLines) lines[maxLines - 1] = ellipsis(`${lines[maxLines - 1]} ${[current, ...pending].join(' ')}`, width, font);
    return lines;
}

/** The text, cut to fit `width` with a trailing `…`. */
export function ellipsis(text: string, width: number, font: FontSpec): string {
    if (textWidth(text, font) <= width) return text;
    const cut = fitting(text, width - textWidth('…', font), font);
    return `${text.slice(0, cut).trimEnd()}…`;
}

function fitting(text: string, width: number, font: FontSpec): number {
    let cut = 1;
    while (cut < text.length && textWidth(text.slice(0, cut + 1), font) <= width) cut++;
    return cut;
}

/**
 * Wraps at word boundaries only: spaces, then inside a too-long word at its
 * inner capitals, hyphens and underscores (`ConfirmOnlineOrder` → `Confirm`,
 * `Online`, `Order`). A piece that still does not fit stays whole (the caller
 * sizes the box to the widest piece, see `widestPiece`). Past `maxLines` the
 * last line ends in `…` and `cut` is set, so the caller puts the full text in a
 * tooltip.
 */
export function wrapWords(text: string, width: number, font: FontSpec, maxLines: number): { lines: string[]; cut: boolean } {
    const pieces = text.split(/\s+/).filter(word => word.length > 0).flatMap(word => (textWidth(word, font) <= width ? [word] : splitWord(word)));
    const lines: string[] = [];
    let current = '';
    for (const piece of pieces) {
        const glue = current && !current.endsWith('\u200b') ? ' ' : '';
        const candidate = current ? `${current}${glue}${piece}` : piece;
        if (!current || textWidth(candidate.replace(/\u200b/g, ''), font) <= width) current = candidate;
        else {
            lines.push(current);
            current = piece;
        }
    }
    if (current) lines.push(current);
    const clean = lines.map(line => line.replace(/\u200b/g, ''));
    if (clean.length <= maxLines) return { lines: clean, cut: false };
    const kept = clean.slice(0, maxLines);
    kept[maxLines - 1] = ellipsis(`${kept[maxLines - 1]}…`, width, font).replace(/……$/, '…');
    if (!kept[maxLines - 1]!.endsWith('…')) kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
    return { lines: kept, cut: true };
}

/** The widest unbreakable piece of a text (what `wrapWords` keeps whole). */
export function widestPiece(text: string, font: FontSpec): number {
    let widest = 0;
    for (const word of text.split(/\s+/)) for (const piece of splitWord(word)) widest = Math.max(widest, textWidth(piece.replace(/\u200b/g, ''), font));
    return widest;
}

/** A word's parts at inner capitals (after a lower-case letter or digit), hyphens and underscores; parts that continue a word end in a zero-width mark. */
function splitWord(word: string): string[] {
    const parts = word.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=[-_])/u).filter(part => part.length > 0);
    return parts.map((part, position) => (position < parts.length - 1 ? `${part}\u200b` : part));
}
