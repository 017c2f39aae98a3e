import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildWorkspace } from '../helpers/workspace.js';

const rosa = readFileSync(new URL('../language/rosa-contract.sts', import.meta.url), 'utf8');

/** The hover text at the last character of the n-th occurrence (0-based) of `word` in the contract example. */
async function hoverAt(word: string, occurrence = 0, text = rosa): Promise<string> {
    const { services, documents } = await buildWorkspace({ 'rosa.sts': text });
    const document = documents.get('rosa.sts')!;
    let offset = -1;
    for (let seen = 0; seen <= occurrence; seen++) offset = text.indexOf(word, offset + 1);
    const hover = await services.Sts.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() },
        position: document.textDocument.positionAt(offset + word.length - 1)
    });
    const contents = hover?.contents as { value: string } | undefined;
    return contents?.value ?? '';
}

describe('hover', () => {
    it('on an actor (at a reference) shows what they own, are trained on, and their findings', async () => {
        const text = await hoverAt('owner Waiter', 0);
        expect(text).toContain('**actor Waiter** — Waitstaff');
        expect(text).toContain('owns tasks: TakeOrder, Serve, Settle');
        expect(text).toContain('trained on: POS');
        expect(text).toContain('**Findings**');
        expect(text).toContain('warning `untrained-user`');
    });

    it('on a tool shows its owner, who uses it, who is trained and its data', async () => {
        const text = await hoverAt('tool POS');
        expect(text).toContain('**tool POS** — Point-of-sale system');
        expect(text).toContain('owner: Rosa');
        expect(text).toContain('used by: Waiter (tasks: Settle)');
        expect(text).toContain('trained: Rosa, Waiter');
        expect(text).toContain('handles: payment, personal-data');
    });

    it('on a task shows owner, tools and processes', async () => {
        const text = await hoverAt('task Cook');
        expect(text).toContain('owner: Chef');
        expect(text).toContain('tools: KitchenDisplay');
        expect(text).toContain('processes: DineIn, Delivery');
    });

    it('on an unowned task lists the finding on its name', async () => {
        const text = await hoverAt('task ConfirmOnlineOrder');
        expect(text).toContain('owner: none');
        expect(text).toContain('error `unowned-task`');
    });

    it('on a skill shows who has it and which tasks need it', async () => {
        const text = await hoverAt('needs cooking');
        expect(text).toContain('**skill cooking**');
        expect(text).toContain('had by: Chef');
        expect(text).toContain('needed by: Cook');
    });

    it('on a keyword says what it means', async () => {
        expect(await hoverAt('trained')).toContain('trained to use');
    });
});
