/**
 * Whole-model rules compute their per-system facts once per SystemIndex (which is
 * rebuilt on every workspace change) and then only look results up per element,
 * so checking every file of a system stays linear in the size of the system.
 */
import type { SystemIndex } from '../../model/system-index.js';

export function perSystem<T>(compute: (index: SystemIndex) => T): (index: SystemIndex) => T {
    const results = new WeakMap<SystemIndex, { value: T }>();
    return index => {
        let result = results.get(index);
        if (!result) {
            result = { value: compute(index) };
            results.set(index, result);
        }
        return result.value;
    };
}
