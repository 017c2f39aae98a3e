/**
 * The message line above the diagram: why the picture is not current (a
 * syntax error, with each error a link to its place in the text), a failure,
 * or a note. The last good diagram stays visible below it.
 */
import type { ParseError, SourceLocation } from '../protocol/diagram-protocol.js';

const MAX_ERRORS_SHOWN = 5;

export class StatusBanner {
    readonly element: HTMLElement;

    constructor(private readonly onReveal: (location: SourceLocation) => void) {
        this.element = document.createElement('div');
        this.element.className = 'sts-banner';
        this.element.setAttribute('role', 'status');
        this.element.hidden = true;
    }

    showParseErrors(errors: readonly ParseError[], keptDiagram: boolean): void {
        const heading = `The text has ${errors.length === 1 ? 'a syntax error' : `${errors.length} syntax errors`}` +
            (keptDiagram ? '; the diagram shows the last version that parsed.' : '; there is no diagram yet.');
        const list = document.createElement('ul');
        for (const error of errors.slice(0, MAX_ERRORS_SHOWN)) {
            const item = document.createElement('li');
            const link = document.createElement('button');
            link.type = 'button';
            link.className = 'sts-error-link';
            link.textContent = `${fileName(error.uri)}:${error.range.start.line + 1}:${error.range.start.character + 1}`;
            link.title = 'Go to the error';
            link.addEventListener('click', () => this.onReveal({ uri: error.uri, range: error.range }));
            item.append(link, document.createTextNode(` ${error.message}`));
            list.append(item);
        }
        if (errors.length > MAX_ERRORS_SHOWN) {
            const more = document.createElement('li');
            more.textContent = `… and ${errors.length - MAX_ERRORS_SHOWN} more (see the Problems panel).`;
            list.append(more);
        }
        this.show('error', heading, list);
    }

    showFailure(message: string, keptDiagram: boolean): void {
        this.show('error', keptDiagram ? `${message} The diagram shows the last version that worked.` : message);
    }

    showInfo(message: string): void {
        this.show('info', message);
    }

    clear(): void {
        this.element.hidden = true;
        this.element.replaceChildren();
        delete this.element.dataset['kind'];
    }

    private show(kind: 'error' | 'info', heading: string, details?: HTMLElement): void {
        const title = document.createElement('div');
        title.className = 'sts-banner-title';
        title.textContent = heading;
        this.element.replaceChildren(title);
        if (details) this.element.append(details);
        this.element.dataset['kind'] = kind;
        this.element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
        this.element.hidden = false;
    }
}

function fileName(uri: string): string {
    const path = uri.split(/[?#]/)[0] ?? uri;
    const last = path.slice(path.lastIndexOf('/') + 1);
    try {
        return decodeURIComponent(last) || uri;
    } catch {
        return last || uri;
    }
}
