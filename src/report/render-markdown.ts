/** The report as Markdown: readable as plain text, rendered nicely on GitHub. */
import type { Block, Text } from './report-document.js';

const SYMBOL: Record<string, string> = { good: '✅ ', warn: '⚠️ ', bad: '❌ ' };

export function renderMarkdown(blocks: readonly Block[]): string {
    return blocks.map(block => {
        switch (block.kind) {
            case 'heading': return `${'#'.repeat(block.level)} ${escape(block.text)}`;
            case 'paragraph': return block.parts.map(inline).join('');
            case 'list': return block.items.map(item => `- ${item.map(inline).join('')}`).join('\n');
            case 'table': return [
                `| ${block.header.map(cell).join(' | ')} |`,
                `| ${block.header.map(() => '---').join(' | ')} |`,
                ...block.rows.map(row => `| ${row.map(part => cell(inline(part))).join(' | ')} |`)
            ].join('\n');
            case 'figure': return undefined;
        }
    }).filter(text => text !== undefined).join('\n\n') + '\n';
}

function inline(part: Text): string {
    const text = escape(part.text);
    const shown = part.href ? `[${text}](${part.href})` : text;
    return `${part.tone ? SYMBOL[part.tone] ?? '' : ''}${shown}`;
}

/** Table cells cannot hold pipes or line breaks. */
function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

/** Markdown's own characters in names and messages would turn into formatting. */
function escape(text: string): string {
    return text.replace(/([\\`*_[\]<>#])/g, '\\$1');
}
