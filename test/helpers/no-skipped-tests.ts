/**
 * A vitest reporter that fails the run when a test was skipped. Vitest marks
 * every test of a suite "skipped" when the suite's `beforeAll` throws (a
 * browser that did not start, say), and `it.skip`/`runIf` skip quietly too; a
 * green run must mean every test ran. Runs narrowed on purpose (`-t`, a name
 * pattern) are left alone.
 */
import type { Reporter, TestModule, Vitest } from 'vitest/node';

export default class NoSkippedTests implements Reporter {
    private narrowed = false;

    onInit(vitest: Vitest): void {
        this.narrowed = Boolean(vitest.config.testNamePattern);
    }

    onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
        if (this.narrowed) return;
        const skipped: string[] = [];
        for (const module of testModules) {
            for (const test of module.children.allTests()) {
                if (test.result().state === 'skipped') skipped.push(`${module.moduleId.replace(/^.*?\/test\//, 'test/')} > ${test.fullName}`);
            }
        }
        if (skipped.length === 0) return;
        process.exitCode = 1;
        const shown = skipped.slice(0, 20).map(name => `  - ${name}`).join('\n');
        const more = skipped.length > 20 ? `\n  … and ${skipped.length - 20} more` : '';
        process.stderr.write(`\n${skipped.length} test(s) did not run (skipped; a failing beforeAll skips its suite). Every test must run:\n${shown}${more}\n`);
    }
}
