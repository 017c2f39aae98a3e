// The end-to-end test's own small runner: named steps in order, a screenshot
// after each one (passed or failed), and waits that poll what the user would
// see until it holds, failing with the last thing seen. Steps build on each
// other, so the first failure ends the run and the rest are reported skipped.
import { join } from 'node:path';

export class StepFailure extends Error {}

/** Fails the current step with a message for the report. */
export function check(condition, message) {
    if (!condition) throw new StepFailure(message);
}

/**
 * Polls `probe` (returning `{ ok, seen }`) until ok. The limit only stops a run
 * that would otherwise hang (this machine is shared and slow); what is checked
 * is the condition, never how long it took.
 */
export async function eventually(description, probe, { limitMs = 90_000, everyMs = 500 } = {}) {
    const until = Date.now() + limitMs;
    let seen = 'nothing yet';
    for (;;) {
        try {
            const result = await probe();
            if (result.ok) return result;
            seen = result.seen ?? seen;
        } catch (error) {
            // A check that failed inside the probe is final; anything else (a frame that went away,
            // an element re-rendered mid-read) is worth another look.
            if (error instanceof StepFailure) throw error;
            seen = `probe failed: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
        }
        if (Date.now() > until) throw new StepFailure(`${description}: not seen within ${limitMs / 1000} s; last seen: ${seen}`);
        await new Promise(resolve => setTimeout(resolve, everyMs));
    }
}

/**
 * Runs the steps against the page, saving `NN-name.png` into `artefacts` after
 * each. Returns true when all passed.
 * @param {import('playwright-core').Page} page
 * @param {Array<{ name: string, run: () => Promise<void> }>} steps
 */
export async function runSteps(page, steps, artefacts, log) {
    let failed = false;
    for (const [index, step] of steps.entries()) {
        const label = `${String(index + 1).padStart(2, '0')}-${step.name}`;
        if (failed) {
            log(`SKIP ${label}`);
            continue;
        }
        const started = Date.now();
        try {
            await step.run();
            log(`PASS ${label} (${seconds(started)} s)`);
        } catch (error) {
            failed = true;
            log(`FAIL ${label} (${seconds(started)} s): ${error instanceof Error ? error.message : String(error)}`);
            if (!(error instanceof StepFailure) && error instanceof Error && error.stack) log(error.stack);
        }
        await page.screenshot({ path: join(artefacts, `${label}${failed ? '-FAILED' : ''}.png`) }).catch(error => log(`(no screenshot: ${error.message})`));
    }
    return !failed;
}

function seconds(since) {
    return Math.round((Date.now() - since) / 100) / 10;
}
