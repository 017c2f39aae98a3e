/**
 * Two clocks at once: wall time, and the process's CPU time (user + system).
 * On a shared machine other processes stretch wall time but not the CPU time
 * this process spends, so the benchmark's ratios are taken from CPU time.
 */
export interface Instant { readonly wall: number; readonly cpu: number }
/** milliseconds on both clocks */
export interface Elapsed { readonly wall: number; readonly cpu: number }

export function now(): Instant {
    const usage = process.cpuUsage();
    return { wall: performance.now(), cpu: (usage.user + usage.system) / 1000 };
}

export function elapsedSince(start: Instant): Elapsed {
    const end = now();
    return { wall: end.wall - start.wall, cpu: end.cpu - start.cpu };
}
