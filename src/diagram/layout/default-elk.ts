/**
 * The bundled (same-thread) ELK for the command line, tests and benchmark. The
 * webview passes a worker-backed instance instead (elkjs/lib/elk-api.js with
 * `workerUrl` pointing at elk-worker.min.js).
 */
import ElkBundledModule from 'elkjs/lib/elk.bundled.js';
import type { ELK, ElkNode } from 'elkjs/lib/elk-api.js';

type ElkConstructor = new () => ELK;

export function createBundledElk(): ELK {
    // A CommonJS module: under Node16 resolution TypeScript sees the namespace, runtimes and esbuild give the class.
    const module = ElkBundledModule as unknown as ElkConstructor | { default: ElkConstructor };
    const Elk = typeof module === 'function' ? module : module.default;
    return new Elk();
}

export type { ElkNode };
