// The extension-host suite's entry, in the shape `@vscode/test-electron`'s
// runner expects (its `extensionTestsPath`): a module whose `run()` resolves
// when every test passed and rejects otherwise. The same module runs inside
// code-server's extension host (test/vscode/run.mjs). No test framework: the
// tests in behaviours.cjs run one after the other, each with a time limit;
// the results are printed and written as JSON to STS_VSCODE_RESULTS (or to
// `vscode-results.json` beside the workspace folder).
const fs = require('node:fs');
const path = require('node:path');
const vscode = require('vscode');
// The assistant registration (assistant.cjs) runs after the editor behaviours.
const behaviours = [...require('./behaviours.cjs').behaviours, ...require('./assistant.cjs').behaviours];

const LIMIT_MS = Number(process.env.STS_VSCODE_TEST_LIMIT_MS ?? 90_000);

function resultsFile() {
    if (process.env.STS_VSCODE_RESULTS) return process.env.STS_VSCODE_RESULTS;
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
    return folder ? path.join(path.dirname(folder), 'vscode-results.json') : undefined;
}

function withLimit(promise, ms, name) {
    let timer;
    return Promise.race([
        promise.finally(() => clearTimeout(timer)),
        new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${name}: no result within ${ms / 1000} s`)), ms); })
    ]);
}

async function run() {
    const file = resultsFile();
    const started = Date.now();
    const results = [];
    const write = done => {
        if (!file) return;
        fs.writeFileSync(file, JSON.stringify({ vscode: vscode.version, done, ms: Date.now() - started, results }, null, 2));
    };
    write(false);
    for (const { name, run: test } of behaviours) {
        const start = Date.now();
        try {
            await withLimit(Promise.resolve().then(test), LIMIT_MS, name);
            results.push({ name, ok: true, ms: Date.now() - start });
            console.log(`PASS ${name} (${Date.now() - start} ms)`);
        } catch (error) {
            const message = error instanceof Error ? `${error.message}` : String(error);
            results.push({ name, ok: false, ms: Date.now() - start, error: message });
            console.error(`FAIL ${name} (${Date.now() - start} ms): ${message}`);
        }
        write(false);
    }
    write(true);
    const failed = results.filter(result => !result.ok);
    if (failed.length > 0) throw new Error(`${failed.length} of ${results.length} extension-host tests failed: ${failed.map(result => result.name).join(', ')}`);
}

module.exports = { run };
