// The assistant registration, checked through VS Code's own API in the extension
// host (src/extension/assistant-tools.ts): the nine sts tools are language-model
// tools VS Code lists; invoking sts_findings answers with the same findings the
// Problems panel shows; a bad argument comes back as the tool's error; the MCP
// server definition provider is registered exactly where VS Code has the API
// (1.101+), and its absence on 1.100 does not stop the extension.
const assert = require('node:assert/strict');
const path = require('node:path');
const vscode = require('vscode');

const TOOLS = ['sts_findings', 'sts_explain_rule', 'sts_who', 'sts_process', 'sts_training_matrix', 'sts_raci', 'sts_impact', 'sts_diagram', 'sts_apply_quick_fix'];
const SEVERITY = ['error', 'warning', 'info', 'hint'];

async function extensionExports() {
    // Found by what it contributes, not by its id (the package's name may change).
    const extension = vscode.extensions.all.find(candidate => (candidate.packageJSON?.contributes?.languageModelTools ?? []).some(tool => tool.name === 'sts_findings'));
    assert.ok(extension, 'the sts extension is installed');
    return extension.isActive ? extension.exports : await extension.activate();
}

/** The text parts of a tool result, joined. */
function textOf(result) {
    return result.content.map(part => (part instanceof vscode.LanguageModelTextPart ? part.value : '')).join('');
}

async function until(what, probe, limitMs = 45_000) {
    const end = Date.now() + limitMs;
    for (;;) {
        const value = await probe();
        if (value) return value;
        if (Date.now() > end) throw new Error(`${what}: not within ${limitMs / 1000} s`);
        await new Promise(resolve => setTimeout(resolve, 200));
    }
}

const behaviours = [
    {
        name: 'the assistant tools are registered as language-model tools, and the MCP provider only where VS Code has its API',
        async run() {
            // code-server hands the suite the extension without its activate() result; VS Code gives it.
            const assistant = (await extensionExports())?.assistant;
            if (assistant) assert.deepEqual(assistant.languageModelTools, TOOLS);
            const listed = vscode.lm.tools.filter(tool => tool.name.startsWith('sts_')).map(tool => tool.name);
            assert.deepEqual([...listed].sort(), [...TOOLS].sort());
            const who = vscode.lm.tools.find(tool => tool.name === 'sts_who');
            assert.deepEqual(who.inputSchema.required, ['question']);
            const hasApi = typeof vscode.lm.registerMcpServerDefinitionProvider === 'function';
            // Where the API is missing nothing is registered. VS Code 1.100 has a function of that name that refuses
            // this contribution: registration may fail there, but the extension still activated (we got its exports).
            if (assistant && !hasApi) assert.equal(assistant.mcpServerDefinitionProvider, false, `VS Code ${vscode.version}: provider API missing`);
        }
    },
    {
        name: 'sts_findings answers with the findings the Problems panel shows, by file:line:column and rule',
        async run() {
            const folder = vscode.workspace.workspaceFolders[0].uri;
            const rosa = vscode.Uri.joinPath(folder, 'rosa.sts');
            await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(rosa), { preview: false });
            const problems = await until('findings in the Problems panel', () => {
                const found = vscode.languages.getDiagnostics(rosa).filter(diagnostic => diagnostic.source === 'sts');
                return found.length > 0 && found;
            });
            const answer = textOf(await vscode.lm.invokeTool('sts_findings', { input: { path: 'rosa.sts' }, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token));
            for (const problem of problems) {
                const rule = typeof problem.code === 'object' ? String(problem.code.value) : String(problem.code);
                const where = `${path.basename(rosa.fsPath)}:${problem.range.start.line + 1}:${problem.range.start.character + 1} ${SEVERITY[problem.severity]} ${rule}`;
                assert.ok(answer.includes(where), `the answer names ${where}; it was:\n${answer}`);
            }
        }
    },
    {
        name: 'a bad argument to a language-model tool comes back as a clear error',
        async run() {
            await assert.rejects(
                Promise.resolve(vscode.lm.invokeTool('sts_findings', { input: { severity: 'fatal' }, toolInvocationToken: undefined }, new vscode.CancellationTokenSource().token)),
                error => /'severity' is 'fatal'/.test(String(error && error.message))
            );
        }
    }
];

module.exports = { behaviours };
