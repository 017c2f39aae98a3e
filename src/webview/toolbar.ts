/**
 * The preview's toolbar: the view (system, process, training), the process
 * picker of the process view, zoom, fit, the legend and whether the panel
 * follows the active editor. It only reports what the user chose.
 */
import { VIEW_KINDS } from '../diagram/webview.js';
import type { DiagramView } from '../protocol/diagram-protocol.js';

export interface ToolbarActions {
    view(view: DiagramView): void;
    process(process: string | undefined): void;
    zoomIn(): void;
    zoomOut(): void;
    resetZoom(): void;
    fitWidth(): void;
    fit(): void;
    legend(shown: boolean): void;
    follow(follow: boolean): void;
}

const VIEW_LABELS: Record<DiagramView, string> = { system: 'System', process: 'Process', training: 'Training' };
const ALL_PROCESSES = '';

export class Toolbar {
    readonly element: HTMLElement;
    private readonly viewButtons = new Map<DiagramView, HTMLButtonElement>();
    private readonly processPicker: HTMLSelectElement;
    private readonly zoomLabel: HTMLElement;
    private readonly legendButton: HTMLButtonElement;
    private readonly followBox: HTMLInputElement;
    private readonly fileLabel: HTMLElement;

    constructor(actions: ToolbarActions) {
        this.element = element('div', 'sts-toolbar');
        this.element.setAttribute('role', 'toolbar');

        const views = element('div', 'sts-toolbar-group sts-views');
        views.setAttribute('role', 'group');
        views.setAttribute('aria-label', 'View');
        for (const view of VIEW_KINDS) {
            const button = this.button(VIEW_LABELS[view], `Show the ${view} view`, () => actions.view(view));
            button.dataset['view'] = view;
            this.viewButtons.set(view, button);
            views.append(button);
        }

        this.processPicker = element('select', 'sts-process-picker');
        this.processPicker.title = 'The process to show';
        this.processPicker.setAttribute('aria-label', 'Process');
        this.processPicker.addEventListener('change', () => actions.process(this.processPicker.value || undefined));

        const zoom = element('div', 'sts-toolbar-group');
        this.zoomLabel = element('span', 'sts-zoom-label');
        zoom.append(
            this.button('−', 'Zoom out (−)', () => actions.zoomOut()),
            this.zoomLabel,
            this.button('+', 'Zoom in (+)', () => actions.zoomIn()),
            this.button('1:1', 'Actual size (0)', () => actions.resetZoom()),
            this.button('Width', 'Fit to the panel\'s width, scroll down (W)', () => actions.fitWidth()),
            this.button('All', 'Fit the whole picture (F)', () => actions.fit())
        );

        this.legendButton = this.button('Legend', 'Show or hide the legend', () => {
            const shown = this.legendButton.getAttribute('aria-pressed') !== 'true';
            this.legendButton.setAttribute('aria-pressed', String(shown));
            actions.legend(shown);
        });
        this.legendButton.setAttribute('aria-pressed', 'true');

        const follow = element('label', 'sts-follow');
        follow.title = 'Show the diagram of whichever .sts file is active';
        this.followBox = element('input');
        this.followBox.type = 'checkbox';
        this.followBox.addEventListener('change', () => actions.follow(this.followBox.checked));
        follow.append(this.followBox, document.createTextNode('Follow editor'));

        this.fileLabel = element('span', 'sts-file-label');
        this.element.append(views, this.processPicker, zoom, this.legendButton, follow, this.fileLabel);
    }

    showView(view: DiagramView): void {
        for (const [each, button] of this.viewButtons) button.setAttribute('aria-pressed', String(each === view));
        this.processPicker.hidden = view !== 'process';
    }

    /** Fills the process picker, keeping the choice when the process still exists. */
    showProcesses(processes: readonly { name: string; label: string }[], selected: string | undefined): void {
        const options = [{ name: ALL_PROCESSES, label: 'All processes' }, ...processes].map(({ name, label }) => {
            const option = element('option');
            option.value = name;
            option.textContent = label;
            return option;
        });
        this.processPicker.replaceChildren();
        for (const option of options) this.processPicker.append(option);
        this.processPicker.value = selected && processes.some(process => process.name === selected) ? selected : ALL_PROCESSES;
    }

    showZoom(scale: number): void {
        this.zoomLabel.textContent = `${Math.round(scale * 100)} %`;
    }

    showFollow(follow: boolean): void {
        this.followBox.checked = follow;
    }

    showFile(name: string): void {
        this.fileLabel.textContent = name;
    }

    private button(text: string, title: string, action: () => void): HTMLButtonElement {
        const button = element('button', 'sts-button');
        button.type = 'button';
        button.textContent = text;
        button.title = title;
        button.addEventListener('click', action);
        return button;
    }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    if (className) created.className = className;
    return created;
}
