import { describe, expect, it } from 'vitest';
import type { ViewKind } from '../../src/diagram/model/diagram-model.js';
import { rosa } from './diagram-helpers.js';
import { contractSvgOf, svgOf } from './render-helpers.js';

/** The ids of the groups of one class in an SVG string, in document order. */
function ids(svg: string, className: string): string[] {
    return [...svg.matchAll(new RegExp(`<g class="${className} [^"]*" data-id="([^"]+)"`, 'g'))].map(match => match[1]!);
}

describe('SVG of the contract example', () => {
    for (const view of ['system', 'process', 'training'] as ViewKind[]) {
        // Only the contract's four findings: a new catalogue rule should not have to touch these files.
        it(`${view} view matches its snapshot`, async () => {
            const svg = await contractSvgOf(rosa, { view });
            await expect(svg).toMatchFileSnapshot(`./__snapshots__/rosa-${view}.svg`);
        });
    }

    it('system view: actors, tasks and tools as nodes, owner and uses edges, badges where the findings are', async () => {
        const svg = await svgOf(rosa, { view: 'system' });
        expect(svg).toMatch(/^<svg [^>]*data-view="system"/);
        expect(ids(svg, 'sts-node')).toEqual(expect.arrayContaining(['actor:Waiter', 'tool:POS', 'task:Cook', 'task:ConfirmOnlineOrder']));
        expect(ids(svg, 'sts-node').some(id => id.startsWith('process:'))).toBe(false);
        expect(ids(svg, 'sts-edge')).toEqual(expect.arrayContaining(['owns:Waiter->TakeOrder', 'uses:Settle->POS', 'uses:TakeOrder->KitchenDisplay']));
        // every node's group holds a <text> with its name
        expect(svg).toMatch(/<g class="sts-node sts-task[^"]*" data-id="task:Cook"[^>]*>.*?<text[^>]*>Cook<\/text>/s);
        // the unowned task carries an error badge with the message for hover
        expect(svg).toMatch(/data-id="task:ConfirmOnlineOrder"[^>]*>(?:(?!<\/g><g class="sts-node).)*<g class="sts-badge" data-severity="error"[^>]*><title>[^<]*unowned-task/s);
    });

    it('process view: lanes per actor, handoffs labelled with the item and the tool, feedback going back, the metric attached', async () => {
        const svg = await svgOf(rosa, { view: 'process', process: 'DineIn' });
        expect(svg).toMatch(/data-view="process"/);
        expect(ids(svg, 'sts-node')).toEqual(expect.arrayContaining(['process:DineIn', 'task:TakeOrder', 'task:Cook', 'task:Serve', 'task:Settle', 'metric:TicketTime']));
        expect(ids(svg, 'sts-node')).not.toContain('task:Deliver');
        expect(ids(svg, 'sts-edge')).toEqual(expect.arrayContaining(['handoff:DineIn:TakeOrder->Cook', 'feedback:GuestReviews', 'measures:TicketTime->DineIn']));
        expect(svg).toMatch(/data-id="handoff:DineIn:TakeOrder->Cook".*?>order ticket<.*?>via KitchenDisplay<.*?<g class="sts-badge" data-severity="warning"/s);
        const lanes = [...svg.matchAll(/<g class="sts-lane[^"]*"[^>]*data-actor="([^"]+)"/g)].map(match => match[1]);
        expect(lanes).toEqual(['actor:Rosa', 'actor:Waiter', 'actor:Chef']);
    });

    it('process view without a name shows every process, one after another', async () => {
        const svg = await svgOf(rosa, { view: 'process' });
        expect(ids(svg, 'sts-node').filter(id => id.startsWith('process:'))).toEqual(['process:DineIn', 'process:Delivery']);
        expect(svg).toMatch(/data-id="process:Delivery"[^>]*>(?:(?!<\/g><g class="sts-node).)*data-severity="warning"/s);
    });

    it('training view: trained-on edges and a warning edge for the tool used without training', async () => {
        const svg = await svgOf(rosa, { view: 'training' });
        expect(ids(svg, 'sts-edge')).toEqual(expect.arrayContaining(['trained:Waiter->POS', 'trained:Chef->KitchenDisplay', 'untrained:Waiter->KitchenDisplay']));
        expect(svg).toMatch(/<g class="sts-edge sts-untrained[^"]*" data-id="untrained:Waiter->KitchenDisplay".*?<g class="sts-badge" data-severity="warning"[^>]*><title>[^<]*never trained on KitchenDisplay/s);
    });

    it('dark theme changes the colours, not the picture', async () => {
        const light = await svgOf(rosa, { view: 'system' }, 'light');
        const dark = await svgOf(rosa, { view: 'system' }, 'dark');
        expect(dark).not.toEqual(light);
        const withoutTheme = (svg: string) => svg.replace(/<style>[\s\S]*?<\/style>/, '').replace(/sts-theme-\w+/, '');
        expect(withoutTheme(dark)).toEqual(withoutTheme(light));
    });

    it.each(['light', 'dark'] as const)('a %s file is self-contained: every colour written out, no CSS variables', async theme => {
        const svg = await svgOf(rosa, { view: 'process' }, theme);
        expect(svg).not.toContain('var(');
        expect(svg).not.toContain('--sts-');
        expect(svg).not.toMatch(/<svg [^>]*style=/);
        expect(svg).toMatch(/\.sts-task \.sts-shape \{ fill: #[0-9a-f]{6}; stroke: #[0-9a-f]{6}; \}/);
    });

    it('in the editor the colours come from VS Code\'s theme variables', async () => {
        const svg = await svgOf(rosa, { view: 'process' }, 'vscode');
        expect(svg).toContain('sts-theme-vscode');
        expect(svg).toMatch(/--sts-error: var\(--vscode-editorError-foreground/);
        expect(svg).toMatch(/--sts-bg: var\(--vscode-editor-background/);
        expect(svg).not.toMatch(/fill="#|stroke="#/);
    });
});
