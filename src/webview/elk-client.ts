/**
 * An ELK instance for the page whose layout runs in a Web Worker, so typing
 * never waits for a layout. A webview's worker must come from its own origin:
 * the worker's code is fetched from the bundled media and started from a
 * blob: URL. If the page may not start it, ELK runs on the page instead
 * (slower under load, still correct).
 */
import ElkApiModule from 'elkjs/lib/elk-api.js';
import type { ELK, ELKConstructorArguments } from 'elkjs/lib/elk-api.js';

type ElkConstructor = new (args?: ELKConstructorArguments) => ELK;
type WorkerLike = Worker;

export type ElkMode = 'worker' | 'page';

export async function createElk(workerScriptUrl: string): Promise<{ elk: ELK; mode: ElkMode }> {
    try {
        return { elk: await startInWorker(workerScriptUrl), mode: 'worker' };
    } catch (error) {
        console.warn('sts diagram: layout worker unavailable, laying out on the page:', error);
        return { elk: await startOnPage(workerScriptUrl), mode: 'page' };
    }
}

async function startInWorker(workerScriptUrl: string): Promise<ELK> {
    const response = await fetch(workerScriptUrl);
    if (!response.ok) throw new Error(`fetching the layout worker failed (${response.status})`);
    const blobUrl = URL.createObjectURL(new Blob([await response.text()], { type: 'text/javascript' }));
    const worker = new Worker(blobUrl);
    const elk = new (elkConstructor())({ workerFactory: () => worker });
    // A worker the policy blocks fails by an error event, not by throwing: probe it once.
    await new Promise<void>((resolve, reject) => {
        worker.addEventListener('error', event => reject(new Error(event.message || 'the layout worker failed to start')), { once: true });
        elk.knownLayoutAlgorithms().then(() => resolve(), reject);
    }).catch(error => {
        worker.terminate();
        throw error;
    });
    return elk;
}

async function startOnPage(workerScriptUrl: string): Promise<ELK> {
    const global = globalThis as Record<string, unknown>;
    if (!global['StsElkFakeWorker']) {
        await new Promise<void>((resolve, reject) => {
            const script = document.createElement('script');
            // The page's own nonce lets this one bundled script through the policy.
            const nonce = document.querySelector<HTMLScriptElement>('script[nonce]')?.nonce;
            if (nonce) script.nonce = nonce;
            script.src = workerScriptUrl;
            script.onload = () => resolve();
            script.onerror = () => reject(new Error('the layout engine could not be loaded'));
            document.head.appendChild(script);
        });
    }
    const FakeWorker = global['StsElkFakeWorker'] as (new (url?: string) => WorkerLike) | undefined;
    if (!FakeWorker) throw new Error('the layout engine could not be loaded');
    return new (elkConstructor())({ workerFactory: url => new FakeWorker(url) });
}

function elkConstructor(): ElkConstructor {
    // A CommonJS module: esbuild hands over either the class or a namespace holding it.
    const module = ElkApiModule as unknown as ElkConstructor | { default: ElkConstructor };
    return typeof module === 'function' ? module : module.default;
}
