/**
 * The ELK layout engine as its own bundle (`dist/media/elk-worker.js`). Run as a
 * Web Worker it answers elk-api's messages; loaded as a plain script (the
 * fallback when the page may not start workers) it hands the page ELK's
 * same-thread stand-in for a worker.
 */
import ElkWorkerModule from 'elkjs/lib/elk-worker.min.js';

declare const document: unknown;

if (typeof document !== 'undefined') {
    const module = ElkWorkerModule as unknown as { Worker?: unknown; default?: { Worker?: unknown } };
    (globalThis as Record<string, unknown>)['StsElkFakeWorker'] = module.Worker ?? module.default?.Worker;
}
