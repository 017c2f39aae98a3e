// What the end-to-end test does in the editor, on the restaurant example with
// findings (Rosa's Trattoria): open it, see the named checks as squiggles and
// Problems entries, fix one and break the file while typing, open the diagram,
// click through to the source, and watch the diagram follow an edit.
// Expected lines are computed from the file's text (kept in step with every
// edit typed), so the test follows the example if it grows.
import { check, eventually } from './harness.mjs';

/** The findings the example is written to produce: rule id, severity, and the text on their line. */
const NAMED = [
    { rule: 'unresolved-reference', severity: 'error', on: 'uses TableTablet' },
    { rule: 'unowned-task', severity: 'error', on: 'task ConfirmOnlineOrder' },
    { rule: 'untrained-user', severity: 'warning', on: 'TakeOrder -> Cook via KitchenDisplay' },
    { rule: 'missing-feedback-loop', severity: 'warning', on: 'process Delivery' }
];

/**
 * @param {{ workbench: import('./workbench.mjs').Workbench, page: import('playwright-core').Page,
 *           fileName: string, text: string, extensionId: string, extensionLog: () => string }} context
 */
export function rosaSteps({ workbench, page, fileName, text: original, extensionId, extensionLog }) {
    let text = original;
    const lineOf = needle => {
        const index = text.split('\n').findIndex(line => line.includes(needle));
        check(index >= 0, `the example no longer contains "${needle}"`);
        return index + 1;
    };
    /** Inserts a line before line `at` (1-based) in the mirror of the editor's text. */
    const insertLine = (at, line) => {
        const lines = text.split('\n');
        lines.splice(at - 1, 0, line);
        text = lines.join('\n');
    };
    const deleteLine = at => {
        const lines = text.split('\n');
        lines.splice(at - 1, 1);
        text = lines.join('\n');
    };
    const key = finding => `${finding.rule || '(no code)'}@${finding.line}`;
    const showProblems = problems => problems.map(p => `${p.severity} ${key(p)}`).join(', ') || 'none';

    /**
     * Waits until the Problems panel shows every expected finding, none matching `absent`, and
     * something matching each of `present` (described for the report).
     */
    const expectProblems = async (description, expected, { absent = [], present = [] } = {}) => eventually(description, async () => {
        const problems = await workbench.problems(fileName);
        const missing = expected.filter(want => !problems.some(p => p.rule === want.rule && p.line === want.line && p.severity === want.severity));
        const unwanted = problems.filter(p => absent.some(no => no(p)));
        const lacking = present.filter(([, test]) => !problems.some(test)).map(([what]) => what);
        return {
            ok: missing.length === 0 && unwanted.length === 0 && lacking.length === 0,
            seen: [showProblems(problems), missing.length ? `missing ${missing.map(key).join(', ')}` : '',
                unwanted.length ? `should be gone: ${unwanted.map(key).join(', ')}` : '', lacking.length ? `no ${lacking.join(', ')}` : '']
                .filter(Boolean).join('; '),
            problems
        };
    });

    const diagramFrame = () => workbench.frameWith('svg g.sts-node');
    /** What the diagram page says about itself when it shows no picture (its state and banner), for the report. */
    const diagramState = async () => {
        const frame = await workbench.frameWith('#sts-app');
        try {
            if (frame) {
                const app = frame.locator('#sts-app');
                const state = await app.getAttribute('data-state');
                const banner = (await app.innerText()).replace(/\s+/g, ' ').trim().slice(0, 200);
                return `diagram page in state "${state}": ${banner}`;
            }
        } catch { /* the frame went away while we looked */ }
        return 'no webview frame with an SVG diagram';
    };
    const diagramNodes = async () => {
        const frame = await diagramFrame();
        if (!frame) return undefined;
        return frame.locator('svg g.sts-node').evaluateAll(nodes => nodes.map(node => ({
            id: node.getAttribute('data-id'),
            badge: node.querySelector('g.sts-badge') !== null
        })));
    };

    return [
        {
            name: 'open-and-activate',
            run: async () => {
                await workbench.ready();
                await workbench.openFile(fileName);
                await eventually(`the status bar names the language STS for ${fileName}`, async () => {
                    const mode = await page.locator('[id="status.editor.mode"]').innerText().catch(() => '');
                    return { ok: mode.trim() === 'STS', seen: `language mode "${mode.trim()}"` };
                });
                // Activation begins when the .sts file opens; it has worked once the language server's
                // findings reach the Problems panel. A failed activation or a crashing server fails at once.
                await eventually(`VS Code activates ${extensionId} and its language server reports findings`, async () => {
                    const log = extensionLog();
                    const broken = [
                        new RegExp(`Activating extension '?${extensionId.replace('.', '\\.')}'? failed.*(\\n.*)?`),
                        /Server initialization failed.*|couldn't create connection to server.*|The STS Language Server server crashed.*/
                    ].map(pattern => pattern.exec(log)?.[0]).find(Boolean);
                    check(!broken, `the extension did not start: ${broken}`);
                    if (!log.includes(`_doActivateExtension ${extensionId},`)) return { ok: false, seen: 'no activation in the extension host log' };
                    const problems = await workbench.problems(fileName);
                    return { ok: problems.length > 0, seen: 'activation began; no findings in the Problems panel yet' };
                }, { limitMs: 180_000 });
            }
        },
        {
            name: 'named-findings',
            run: async () => {
                const expected = NAMED.map(named => ({ ...named, line: lineOf(named.on) }));
                // The server finds these in the whole example, and no other finding of the named checks and
                // no syntax error. Other catalogue rules may add findings (LANGUAGE.md); test/rules pins those.
                const { problems } = await expectProblems('the Problems panel shows the four findings of the example', expected);
                const governed = new Set(['', ...NAMED.map(named => named.rule)]);
                const others = problems.filter(p => governed.has(p.rule) && !expected.some(want => want.rule === p.rule && want.line === p.line));
                check(others.length === 0, `unexpected problems in ${fileName}: ${showProblems(others)}`);
                for (const finding of expected) {
                    const squiggles = await workbench.squiggles(fileName, finding.line);
                    check(squiggles[finding.severity], `no ${finding.severity} squiggle under line ${finding.line} (${finding.rule}); saw ${JSON.stringify(squiggles)}`);
                }
            }
        },
        {
            name: 'fix-then-break-while-typing',
            run: async () => {
                // Fix: give ConfirmOnlineOrder an owner, typed before its `automated by` line.
                const automated = lineOf('task ConfirmOnlineOrder') + 1;
                check(text.split('\n')[automated - 1].includes('automated by'), `expected "automated by" under task ConfirmOnlineOrder, found "${text.split('\n')[automated - 1]}"`);
                await workbench.focusEditor(fileName);
                await workbench.goToLine(automated);
                await workbench.press('Home');
                await workbench.type('owner Rosa');
                await workbench.press('Enter');
                insertLine(automated, '  owner Rosa');
                // Rosa now answers for the automated task without being trained on the tool that does it: the
                // live whole-model check says so, as a hint, on its `automated by` line.
                const afterFix = [
                    { rule: 'unresolved-reference', severity: 'error', line: lineOf('uses TableTablet') },
                    { rule: 'untrained-user', severity: 'warning', line: lineOf('TakeOrder -> Cook via KitchenDisplay') },
                    { rule: 'untrained-user', severity: 'info', line: lineOf('automated by OnlineOrdering') },
                    { rule: 'missing-feedback-loop', severity: 'warning', line: lineOf('process Delivery') }
                ];
                await expectProblems('the unowned-task finding goes away once the task has an owner', afterFix, { absent: [p => p.rule === 'unowned-task'] });

                // Break: a handoff with nothing after its arrow.
                const settle = lineOf('Serve -> Settle');
                await workbench.goToLine(settle);
                await workbench.press('End');
                await workbench.press('Enter');
                await workbench.type('Settle ->');
                insertLine(settle + 1, '  Settle ->');
                const shifted = afterFix.map(finding => ({ ...finding, line: finding.line > settle ? finding.line + 1 : finding.line }));
                // A syntax error has no rule id; it sits on the half-written line or where the parser gives up (the `}`).
                await expectProblems('a parse error appears at the half-written handoff and the other findings stay', shifted, {
                    present: [[`parse error on line ${settle + 1} or ${settle + 2}`, p => p.rule === '' && p.severity === 'error' && (p.line === settle + 1 || p.line === settle + 2)]]
                });

                // Mend it again (Delete Line), so that the diagram steps start from a file that parses.
                await workbench.goToLine(settle + 1);
                await workbench.press(`Control+Shift+K`);
                deleteLine(settle + 1);
                await expectProblems('the parse error goes once the line is removed', afterFix, { absent: [p => p.rule === ''] });
            }
        },
        {
            name: 'diagram-shows-model-and-navigates',
            run: async () => {
                await workbench.focusEditor(fileName);
                await workbench.runCommand('STS: Open Diagram to the Side');
                const wanted = ['task:TakeOrder', 'task:Cook', 'task:Serve', 'actor:Waiter', 'actor:Chef'];
                const { nodes } = await eventually('the diagram draws the example\'s elements', async () => {
                    const nodes = await diagramNodes();
                    const missing = wanted.filter(id => !nodes?.some(node => node.id === id));
                    return { ok: nodes !== undefined && missing.length === 0, seen: nodes === undefined ? await diagramState() : `missing ${missing.join(', ')} among ${nodes.length} nodes`, nodes };
                }, { limitMs: 120_000 });
                // TakeOrder uses an undeclared tool (TableTablet); Serve has nothing wrong.
                check(nodes.find(node => node.id === 'task:TakeOrder').badge, 'no finding badge on task TakeOrder (uses the undeclared TableTablet)');
                check(!nodes.find(node => node.id === 'task:Serve').badge, 'a finding badge on task Serve, which has no finding');

                // Click a node: the editor's cursor goes to its declaration.
                await workbench.focusEditor(fileName);
                await workbench.goToLine(1);
                const frame = await diagramFrame();
                check(frame !== undefined, 'the diagram went away');
                await frame.locator('svg g.sts-node[data-id="task:Cook"]').first().click();
                const declaration = lineOf('task Cook');
                await eventually(`clicking Cook in the diagram moves the cursor to line ${declaration}`, async () => {
                    let cursor = await workbench.cursor();
                    if (cursor === undefined) {
                        // The diagram kept the focus: look at the text editor without touching its cursor.
                        await workbench.focusEditor(fileName);
                        cursor = await workbench.cursor();
                    }
                    return { ok: cursor?.line === declaration, seen: `cursor ${JSON.stringify(cursor)}` };
                }, { limitMs: 20_000 });
            }
        },
        {
            name: 'diagram-follows-edits',
            run: async () => {
                await workbench.focusEditor(fileName);
                await workbench.press('Control+End');
                await workbench.press('Enter');
                await workbench.type('task Taste "Taste the sauce" { owner Chef }');
                await eventually('the diagram shows the task just typed', async () => {
                    const nodes = await diagramNodes();
                    return { ok: nodes?.some(node => node.id === 'task:Taste') === true, seen: nodes ? `${nodes.length} nodes, no task:Taste` : 'no diagram' };
                }, { limitMs: 60_000 });
            }
        }
    ];
}
