// What a user does and sees in the VS Code workbench (code-server in
// Chromium), as small reusable moves: open a file, run a command, go to a
// line, type, read the Problems panel, the squiggles and the cursor position.
import { eventually } from './harness.mjs';

const mod = 'Control';

export class Workbench {
    /** @param {import('playwright-core').Page} page */
    constructor(page) {
        this.page = page;
    }

    /** The first frame (a webview's page, say) in which `selector` matches something, or undefined. */
    async frameWith(selector) {
        for (const frame of this.page.frames()) {
            try {
                if (await frame.locator(selector).count() > 0) return frame;
            } catch { /* a frame that went away while we looked */ }
        }
        return undefined;
    }

    async ready() {
        await this.page.locator('.monaco-workbench').waitFor({ timeout: 120_000 });
        await this.page.locator('.explorer-folders-view').waitFor({ timeout: 120_000 });
    }

    /** Quick Open (Ctrl+P) by file name, waiting for the search to find it before choosing it. */
    async openFile(fileName) {
        await this.page.keyboard.press(`${mod}+P`);
        await this.page.locator('.quick-input-widget input').waitFor();
        await this.page.keyboard.type(fileName);
        await this.page.locator('.quick-input-list .monaco-list-row', { hasText: fileName }).first().waitFor({ timeout: 60_000 });
        await this.page.keyboard.press('Enter');
        await this.page.locator(`.tab[aria-label^="${fileName}"]`).first().waitFor();
        await this.editor(fileName).waitFor();
    }

    /** The text editor showing the file. */
    editor(fileName) {
        return this.page.locator(`.editor-instance .monaco-editor[data-uri$="/${fileName}"]`).first();
    }

    /** Brings the file's editor to the front and gives it the keyboard, without moving its cursor. */
    async focusEditor(fileName) {
        await this.page.locator(`.tab[aria-label^="${fileName}"]`).first().click();
        await eventually(`the editor of ${fileName} has the keyboard`, async () => {
            const focused = await this.editor(fileName).evaluate(editor => editor.classList.contains('focused'));
            return { ok: focused, seen: 'editor not focused' };
        }, { limitMs: 10_000 });
    }

    /** Runs a command by its title from the command palette (Ctrl+Shift+P). */
    async runCommand(title) {
        await this.page.keyboard.press(`${mod}+Shift+P`);
        await this.page.locator('.quick-input-widget input').waitFor();
        await this.page.keyboard.type(title);
        const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.locator('.label-name', { hasText: title }) }).first();
        await eventually(`the command palette offers "${title}"`, async () => ({ ok: await row.count() > 0, seen: 'no such command in the palette' }), { limitMs: 20_000 });
        await row.click();
    }

    /** Go to Line (Ctrl+G) in the focused editor; the cursor lands at the line's start. */
    async goToLine(line) {
        await this.page.keyboard.press(`${mod}+G`);
        await this.page.locator('.quick-input-widget input').waitFor();
        await this.page.keyboard.type(String(line));
        await this.page.keyboard.press('Enter');
        await eventually(`the cursor is on line ${line}`, async () => {
            const cursor = await this.cursor();
            return { ok: cursor?.line === line, seen: JSON.stringify(cursor) };
        }, { limitMs: 10_000 });
    }

    /** The cursor as the status bar shows it ("Ln 12, Col 3"), or undefined when no text editor is active. */
    async cursor() {
        const item = this.page.locator('[id="status.editor.selection"]');
        if (await item.count() === 0) return undefined;
        const text = await item.innerText();
        const match = /Ln (\d+), Col (\d+)/.exec(text);
        return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
    }

    async type(text) {
        await this.page.keyboard.type(text, { delay: 15 });
    }

    async press(keys) {
        await this.page.keyboard.press(keys);
    }

    /**
     * The Problems panel's entries for files whose path contains `fileFilter`, as
     * `{ severity, rule, line, message }` (rule is '' when the problem has no code,
     * as for parse errors). Related-information rows are left out.
     */
    async problems(fileFilter) {
        const panel = this.page.locator('.markers-panel');
        if (!await panel.isVisible()) {
            await this.page.keyboard.press(`${mod}+Shift+M`);
            await panel.waitFor();
        }
        const filter = this.page.locator('.viewpane-filter input').first();
        if (await filter.inputValue() !== fileFilter) await filter.fill(fileFilter);
        return panel.locator('.monaco-list-row').evaluateAll(rows => rows.flatMap(row => {
            const icon = row.querySelector('.marker-icon');
            const position = row.querySelector('.marker-line')?.textContent ?? '';
            const line = /Ln (\d+)/.exec(position);
            if (!icon || !line) return [];
            return [{
                severity: icon.classList.contains('error') ? 'error' : icon.classList.contains('warning') ? 'warning' : 'info',
                rule: row.querySelector('.marker-code')?.textContent?.trim() ?? '',
                line: Number(line[1]),
                message: row.querySelector('.marker-message')?.textContent ?? ''
            }];
        }));
    }

    /**
     * The squiggles drawn under a line of the file's editor: `{ error, warning }`.
     * Moves the cursor there first so that the line is rendered.
     */
    async squiggles(fileName, line) {
        await this.focusEditor(fileName);
        await this.goToLine(line);
        return this.editor(fileName).evaluate(squigglesUnderLine, line);
    }
}

/**
 * Runs in the page, on an editor's element: the squiggles under one of its lines,
 * `{ error, warning, rendered }` (`rendered` false when the line is not drawn).
 * Line numbers in the margin and the overlay rows share their `top`.
 * Self-contained, so that it can be sent into the page (bench/editor/probe.mjs uses it too).
 */
export function squigglesUnderLine(editor, line) {
    const number = [...editor.querySelectorAll('.margin-view-overlays > div')]
        .find(row => row.querySelector('.line-numbers')?.textContent?.trim() === String(line));
    if (!number) return { error: false, warning: false, rendered: false };
    const top = /** @type {HTMLElement} */ (number).style.top;
    const rows = [...editor.querySelectorAll('.view-overlays > div')].filter(row => /** @type {HTMLElement} */ (row).style.top === top);
    const has = kind => rows.some(row => row.querySelector(`.squiggly-${kind}`) !== null);
    return { error: has('error'), warning: has('warning'), rendered: true };
}
