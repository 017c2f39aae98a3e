/**
 * The report as one self-contained HTML page: inline CSS and SVG, no scripts,
 * no external resources, so it can be mailed or archived as it is.
 */
import type { Block, Text } from './report-document.js';

const STYLE = `
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1d2b3a; max-width: 72rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.7rem; border-bottom: 2px solid #1d2b3a; padding-bottom: .3rem; }
h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #c9d2dc; }
h3 { font-size: 1.15rem; margin-top: 1.6rem; }
h4 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .92rem; }
th, td { border: 1px solid #d5dde6; padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #eef2f6; }
tr:nth-child(even) td { background: #f8fafc; }
.good { color: #1e6b34; font-weight: 600; }
.warn { color: #8a5a00; font-weight: 600; }
.bad { color: #a3211b; font-weight: 600; }
a { color: #1f5fa8; }
figure.diagram { margin: .5rem 0 1.5rem; overflow-x: auto; }
figure.diagram > svg { display: block; max-width: none; height: auto; }
:target { outline: 3px solid #f0b429; outline-offset: 2px; }
li:target, tr:target td { background: #fff6d6; }
@media print { body { margin: 0; } a { color: inherit; } }
`;

export function renderHtml(blocks: readonly Block[]): string {
    const heading = blocks.find(block => block.kind === 'heading');
    const title = heading?.kind === 'heading' ? heading.text : 'STS report';
    const body = blocks.map(block => {
        switch (block.kind) {
            case 'heading': return `<h${block.level}>${escape(block.text)}</h${block.level}>`;
            case 'paragraph': return `<p>${block.parts.map(inline).join('')}</p>`;
            case 'list': return `<ul>\n${block.items.map((item, position) => `<li${id(block.ids?.[position])}>${item.map(inline).join('')}</li>`).join('\n')}\n</ul>`;
            case 'table': return [
                '<table>',
                `<thead><tr>${block.header.map(cell => `<th>${escape(cell)}</th>`).join('')}</tr></thead>`,
                '<tbody>',
                ...block.rows.map((row, position) => `<tr${id(block.rowIds?.[position])}>${row.map(part => `<td>${inline(part)}</td>`).join('')}</tr>`),
                '</tbody>',
                '</table>'
            ].join('\n');
            // Shown at the size it was laid out for (text at full size); a picture wider than the page scrolls sideways.
            case 'figure': return `<figure class="diagram" role="group" aria-label="${escape(block.caption)}">\n${block.svg}</figure>`;
        }
    }).join('\n');
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)}</title>
<style>${STYLE}</style>
</head>
<body>
${body}
</body>
</html>
`;
}

function inline(part: Text): string {
    const text = escape(part.text);
    const linked = part.href ? `<a href="${escape(part.href)}">${text}</a>` : text;
    return part.tone && part.tone !== 'plain' ? `<span class="${part.tone}">${linked}</span>` : linked;
}

function id(anchor: string | undefined): string {
    return anchor ? ` id="${escape(anchor)}"` : '';
}

function escape(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
