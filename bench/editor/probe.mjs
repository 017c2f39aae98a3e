/* global window, document, Document, MutationObserver */
import { squigglesUnderLine } from '../../test/e2e/workbench.mjs';
// The benchmark's clock inside the browser. `installProbe` is added to every
// frame of the page before its own scripts run (the workbench, and each
// webview's frames), so that every figure is taken where the user sees it:
// the start is the `keydown` event of the key that does something (its own
// timestamp), the end is the first DOM mutation after which a condition
// holds (a squiggle under a line, a diagram drawn), seen by a
// MutationObserver. Times are epoch milliseconds at sub-millisecond
// resolution (`performance.timeOrigin + …`), so that a start in the workbench
// and an end in a webview frame can be subtracted.

/**
 * Runs in the page (sent by `probeScript` through Playwright's `addInitScript`): sets up
 * `window.__stsBench` with `arm(name, key)` (the next keydown of `key`, or
 * the next click for 'mousedown', starts `name`), `watch(name, predicate)` (the first moment `predicate()` holds
 * ends `name`) and `squiggle(…)`, a predicate's building block. Every frame also records, by itself, when it first drew a
 * diagram (`#sts-app` with a `data-revision`), for "open the preview → first diagram".
 * `squigglesAt` is test/e2e/workbench.mjs's `squigglesUnderLine`.
 */
export function installProbe(squigglesAt) {
    if (window.__stsBench) return;
    const now = () => performance.timeOrigin + performance.now();
    const bench = {
        starts: {}, ends: {}, watches: new Map(), armed: undefined,
        arm(name, key) {
            delete bench.starts[name];
            delete bench.ends[name];
            bench.armed = { name, key };
        },
        /**
         * In the workbench: whether the file's editor draws a squiggle of `kind` ('error', 'warning')
         * under a line; `'unrendered'` when the line is not drawn at all.
         */
        squiggle({ fileName, line, kind }) {
            const editor = document.querySelector(`.editor-instance .monaco-editor[data-uri$="/${fileName}"]`);
            const under = editor ? squigglesAt(editor, line) : { rendered: false };
            return under.rendered ? under[kind] : 'unrendered';
        },
        /** In the workbench: whether the file's editor draws any squiggle at all (on the lines it renders). */
        anySquiggle(fileName) {
            const editor = document.querySelector(`.editor-instance .monaco-editor[data-uri$="/${fileName}"]`);
            return editor?.querySelector('.view-overlays [class*="squiggly-"]') != null;
        },
        watch(name, predicate) {
            delete bench.ends[name];
            bench.watches.set(name, predicate);
            check();
        }
    };
    window.__stsBench = bench;
    const check = () => {
        for (const [name, predicate] of bench.watches) {
            let holds = false;
            try { holds = predicate(); } catch { /* the DOM changed under the predicate: not yet */ }
            if (holds) {
                bench.ends[name] = now();
                bench.watches.delete(name);
            }
        }
    };
    bench.watch('firstDiagram', () => document.querySelector('#sts-app[data-revision]') !== null);
    // A key (`event.key`), or 'mousedown' for a click.
    const started = event => {
        const armed = bench.armed;
        const what = event.type === 'keydown' ? event.key : event.type;
        if (armed && (armed.key === undefined || what === armed.key)) {
            bench.starts[armed.name] = performance.timeOrigin + event.timeStamp;
            bench.armed = undefined;
        }
    };
    window.addEventListener('keydown', started, true);
    window.addEventListener('mousedown', started, true);
    const observer = new MutationObserver(() => { if (bench.watches.size > 0) check(); });
    const observe = () => observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
    observe();
    // A webview's content frame gets its page by document.open() and write() from its parent, which
    // drops the observer: observe the new content again.
    const open = Document.prototype.open;
    Document.prototype.open = function (...args) {
        const opened = open.apply(this, args);
        if (this === document) observe();
        return opened;
    };
}

/** The probe as a script for `page.addInitScript`, with the end-to-end test's own squiggle reader. */
export function probeScript() {
    return { content: `(${installProbe.toString()})(${squigglesUnderLine.toString()});` };
}
