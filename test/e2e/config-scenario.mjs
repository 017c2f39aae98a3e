// The configuration file in the editor: VS Code's JSON editor completes rule ids in
// sts.config.json from the schema the extension contributes (jsonValidation).
import { eventually } from './harness.mjs';

/** The configuration file the run puts at the workspace's root: no rules changed, so the example's findings stay. */
export const CONFIG_TEXT = '{\n  "rules": {\n    \n  }\n}\n';

/** @param {{ workbench: import('./workbench.mjs').Workbench, page: import('playwright-core').Page }} context */
export function configSteps({ workbench, page }) {
    return [
        {
            name: 'config-file-completes-rule-ids',
            run: async () => {
                await workbench.openFile('sts.config.json');
                await workbench.focusEditor('sts.config.json');
                await workbench.goToLine(3);
                await workbench.press('End');
                await workbench.type('"untrai');
                const offered = page.locator('.suggest-widget .monaco-list-row', { hasText: 'untrained-user' });
                // The JSON language server may answer the first request before it has read the schema ("No suggestions.").
                // Ask again every 3 s in a fresh suggestion session (Escape closes the old one; Ctrl+Space into an open
                // widget does not ask again), leaving each request time to be answered on a busy machine.
                let askedAt = 0;
                await eventually('the JSON editor offers the rule id untrained-user from the schema', async () => {
                    if (await offered.count() === 0 && Date.now() - askedAt > 3_000) {
                        askedAt = Date.now();
                        await workbench.press('Escape');
                        await workbench.press('Control+Space');
                    }
                    if (await offered.count() > 0) return { ok: true };
                    const rows = await page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
                    const focused = await workbench.editor('sts.config.json').evaluate(editor => editor.classList.contains('focused'));
                    const mode = await page.locator('[id="status.editor.mode"]').innerText().catch(() => '?');
                    const where = `cursor ${JSON.stringify(await workbench.cursor())}, editor ${focused ? '' : 'not '}focused, language ${mode}`;
                    return { ok: false, seen: `${rows.length ? `offered: ${rows.join(' | ').replace(/\s+/g, ' ').slice(0, 200)}` : 'no suggestions shown'} (${where})` };
                }, { limitMs: 60_000 });
            }
        }
    ];
}
