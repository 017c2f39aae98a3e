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
                await eventually('the JSON editor offers the rule id untrained-user from the schema', async () => {
                    if (await offered.count() === 0) await workbench.press('Control+Space');
                    const rows = await page.locator('.suggest-widget .monaco-list-row').allInnerTexts();
                    return { ok: await offered.count() > 0, seen: rows.length ? `offered: ${rows.join(' | ').replace(/\s+/g, ' ').slice(0, 200)}` : 'no suggestions shown' };
                }, { limitMs: 60_000 });
            }
        }
    ];
}
