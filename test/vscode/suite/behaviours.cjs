// What a user of the extension relies on, checked through VS Code's own API in
// the extension host: the extension starts on a .sts file; the Problems of the
// contract example (test/language/rosa-contract.sts) carry the contract's
// findings with their rule ids; a quick fix applied makes its finding go;
// a rename reaches the other file of the system; the diagram command opens
// the webview; sts.config.json changes a finding's severity; Compare Impact
// with HEAD opens its view beside the editor.
// The workspace is a copy of test/vscode/workspace/. Tests run in this order.
const assert = require('node:assert/strict');
const vscode = require('vscode');

const SEVERITY = ['error', 'warning', 'info', 'hint'];
const folder = () => {
    const first = vscode.workspace.workspaceFolders?.[0];
    if (!first) throw new Error('no workspace folder is open');
    return first.uri;
};
const file = name => vscode.Uri.joinPath(folder(), name);
const ruleOf = diagnostic => (typeof diagnostic.code === 'object' && diagnostic.code !== null ? String(diagnostic.code.value) : String(diagnostic.code ?? ''));

/** Polls until `probe` returns something truthy; fails with what it last saw. */
async function eventually(what, probe, limitMs = 45_000) {
    const until = Date.now() + limitMs;
    let seen;
    for (;;) {
        seen = await probe();
        if (seen && seen.ok !== false) return seen;
        if (Date.now() > until) throw new Error(`${what}: not within ${limitMs / 1000} s; last seen: ${describe(seen)}`);
        await new Promise(resolve => setTimeout(resolve, 100));
    }
}

function describe(seen) {
    if (seen && typeof seen === 'object' && 'seen' in seen) return String(seen.seen);
    return JSON.stringify(seen);
}

/** The findings VS Code shows for a file: rule id, severity, the text they underline, message. */
function findings(uri) {
    const document = vscode.workspace.textDocuments.find(open => open.uri.toString() === uri.toString());
    return vscode.languages.getDiagnostics(uri).filter(diagnostic => diagnostic.source === 'sts').map(diagnostic => ({
        rule: ruleOf(diagnostic),
        severity: SEVERITY[diagnostic.severity],
        text: document ? document.getText(diagnostic.range) : '',
        message: diagnostic.message,
        diagnostic
    }));
}

const summary = list => list.map(finding => `${finding.rule}/${finding.severity}/${finding.text}`).join(', ') || 'none';

async function open(name) {
    const document = await vscode.workspace.openTextDocument(file(name));
    await vscode.window.showTextDocument(document, { preview: false });
    return document;
}

/** The contract's four findings, as LANGUAGE.md states them (other rules may add more). */
const CONTRACT = [
    { rule: 'unresolved-reference', severity: 'error', text: 'TableTablet' },
    { rule: 'unowned-task', severity: 'error', text: 'ConfirmOnlineOrder' },
    { rule: 'missing-feedback-loop', severity: 'warning', text: 'Delivery' },
    { rule: 'untrained-user', severity: 'warning', text: 'TakeOrder -> Cook via KitchenDisplay "order ticket"' }
];
const hasContractFinding = (list, expected) => list.some(finding => finding.rule === expected.rule && finding.severity === expected.severity && finding.text.includes(expected.text));

const behaviours = [
    {
        name: 'the extension activates when a .sts file is opened',
        run: async () => {
            const extension = vscode.extensions.all.find(candidate => candidate.packageJSON?.contributes?.languages?.some(language => language.id === 'sts'));
            assert.ok(extension, 'no installed extension contributes the sts language');
            const document = await open('rosa.sts');
            assert.equal(document.languageId, 'sts', 'a .sts file opens in the sts language');
            await eventually(`${extension.id} is active`, () => ({ ok: extension.isActive, seen: `isActive=${extension.isActive}` }));
        }
    },
    {
        name: 'getDiagnostics gives the contract example\'s findings with their rule ids',
        run: async () => {
            const uri = file('rosa.sts');
            const list = await eventually('the four contract findings', () => {
                const now = findings(uri);
                return { ok: CONTRACT.every(expected => hasContractFinding(now, expected)), seen: summary(now), now };
            });
            for (const finding of list.now) assert.match(finding.rule, /^[a-z]+(-[a-z]+)*$/, `every finding has a rule id as its code: ${finding.message}`);
            const unresolved = list.now.find(finding => finding.rule === 'unresolved-reference');
            assert.match(unresolved.message, /TableTablet/);
        }
    },
    {
        name: 'a quick fix from executeCodeActionProvider, applied, makes its finding go',
        run: async () => {
            const document = await open('rosa.sts');
            const untrained = () => findings(document.uri).filter(finding => finding.rule === 'untrained-user' && finding.text.includes('TakeOrder -> Cook'));
            const [finding] = untrained();
            assert.ok(finding, `the untrained-user finding on TakeOrder -> Cook is shown (seen: ${summary(findings(document.uri))})`);
            const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', document.uri, finding.diagnostic.range, vscode.CodeActionKind.QuickFix.value);
            const titles = (actions ?? []).map(action => action.title);
            const fix = (actions ?? []).find(action => /^Add training: Waiter trained on KitchenDisplay$/.test(action.title));
            assert.ok(fix, `the quick fix "Add training: Waiter trained on KitchenDisplay" is offered (offered: ${titles.join(' | ')})`);
            assert.ok(fix.edit, 'the quick fix carries its edit');
            assert.ok(await vscode.workspace.applyEdit(fix.edit), 'VS Code applies the edit');
            assert.match(document.getText(), /actor Waiter "Waitstaff" \{[^}]*trained on[^}]*KitchenDisplay/, 'Waiter is now trained on KitchenDisplay');
            await eventually('the finding is gone', () => ({ ok: untrained().length === 0, seen: summary(untrained()) }));
            // Other findings stay: the fix removed this one, not all of them.
            assert.ok(hasContractFinding(findings(document.uri), CONTRACT[0]), 'the unresolved TableTablet is still reported');
            await vscode.commands.executeCommand('workbench.action.files.revert');
        }
    },
    {
        name: 'renaming an actor changes its declaration and its uses in the other file of the system',
        run: async () => {
            const people = await vscode.workspace.openTextDocument(file('people.sts'));
            const work = await open('work.sts');
            await eventually('work.sts is checked without unresolved names', () => ({ ok: vscode.languages.getDiagnostics(work.uri).length >= 0 && findings(work.uri).every(finding => finding.rule !== 'unresolved-reference'), seen: summary(findings(work.uri)) }));
            const at = work.positionAt(work.getText().indexOf('owner Waiter') + 'owner W'.length);
            const edit = await vscode.commands.executeCommand('vscode.executeDocumentRenameProvider', work.uri, at, 'Server');
            assert.ok(edit, 'the rename provider answers');
            const touched = edit.entries().map(([uri]) => uri.path.split('/').pop()).sort();
            assert.deepEqual(touched, ['people.sts', 'work.sts'], 'the rename edits both files');
            assert.ok(await vscode.workspace.applyEdit(edit), 'VS Code applies the rename');
            assert.match(people.getText(), /^actor Server "Waitstaff"/m, 'the declaration in people.sts is renamed');
            assert.match(work.getText(), /owner Server/, 'the owner in work.sts is renamed');
            assert.match(work.getText(), /Settle -> Server/, 'the handoff in work.sts is renamed');
            assert.doesNotMatch(work.getText(), /Waiter/, 'no use of the old name is left');
            await eventually('no name is unresolved after the rename', () => {
                const now = [...findings(work.uri), ...findings(people.uri)];
                return { ok: now.every(finding => finding.rule !== 'unresolved-reference'), seen: summary(now) };
            });
        }
    },
    {
        name: 'the diagram command opens the diagram webview beside the text',
        run: async () => {
            await open('rosa.sts');
            await vscode.commands.executeCommand('sts.openDiagramToSide');
            const diagramTabs = () => vscode.window.tabGroups.all.flatMap(group => group.tabs)
                .filter(tab => tab.input instanceof vscode.TabInputWebview && /sts\.diagram$/.test(tab.input.viewType));
            const tab = await eventually('a diagram tab is open', () => {
                const tabs = diagramTabs();
                return { ok: tabs.length === 1, seen: vscode.window.tabGroups.all.flatMap(group => group.tabs.map(each => each.label)).join(' | '), tab: tabs[0] };
            });
            assert.match(tab.tab.label, /rosa\.sts/, `the diagram is titled with its file (${tab.tab.label})`);
            assert.notEqual(tab.tab.group.viewColumn, vscode.window.activeTextEditor?.viewColumn ?? -1, 'it opens to the side of the text');
        }
    },
    {
        name: 'sts.config.json changes a finding\'s severity, and removing it restores the default',
        run: async () => {
            const uri = file('rosa.sts');
            const config = file('sts.config.json');
            const feedbackLoop = () => findings(uri).find(finding => finding.rule === 'missing-feedback-loop');
            await eventually('missing-feedback-loop is a warning by default', () => ({ ok: feedbackLoop()?.severity === 'warning', seen: feedbackLoop()?.severity }));
            await vscode.workspace.fs.writeFile(config, Buffer.from('{\n  "rules": { "missing-feedback-loop": "error" }\n}\n'));
            try {
                await eventually('missing-feedback-loop becomes an error', () => ({ ok: feedbackLoop()?.severity === 'error', seen: feedbackLoop()?.severity }));
            } finally {
                await vscode.workspace.fs.delete(config);
            }
            await eventually('missing-feedback-loop is a warning again', () => ({ ok: feedbackLoop()?.severity === 'warning', seen: feedbackLoop()?.severity }));
        }
    },
    {
        name: 'Compare Impact with HEAD shows the impact of a saved change beside the editor',
        run: async () => {
            const { execFileSync } = require('node:child_process');
            const git = (...args) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.com', ...args], { cwd: folder().fsPath, stdio: 'pipe' });
            git('init', '-q');
            git('add', '.');
            git('commit', '-q', '-m', 'the restaurant today');
            const uri = file('rosa.sts');
            const before = Buffer.from(await vscode.workspace.fs.readFile(uri)).toString('utf8');
            assert.match(before, /task Serve \{ owner Waiter \}/);
            await vscode.workspace.fs.writeFile(uri, Buffer.from(before.replace('task Serve { owner Waiter }', 'task Serve { owner Chef }')));
            try {
                await vscode.commands.executeCommand('sts.compareImpactWithHead', uri);
                const tab = await eventually('an impact view is open', () => {
                    const tabs = vscode.window.tabGroups.all.flatMap(group => group.tabs)
                        .filter(each => each.input instanceof vscode.TabInputWebview && /sts\.impact$/.test(each.input.viewType));
                    return { ok: tabs.length === 1, seen: vscode.window.tabGroups.all.flatMap(group => group.tabs.map(each => each.label)).join(' | '), tab: tabs[0] };
                });
                assert.equal(tab.tab.label, 'Impact: rosa vs HEAD');
            } finally {
                await vscode.workspace.fs.writeFile(uri, Buffer.from(before));
            }
        }
    }
];

module.exports = { behaviours };
