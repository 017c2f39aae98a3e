// elkjs ships no types for its minified worker; the page only needs its `Worker` stand-in.
declare module 'elkjs/lib/elk-worker.min.js' {
    const module: unknown;
    export default module;
}
