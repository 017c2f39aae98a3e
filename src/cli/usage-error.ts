/** Bad usage or unreadable input: reported as one line, exit code 2. */
const BRAND = Symbol.for('sts.usage-error');

export class UsageError extends Error {
    readonly [BRAND] = true;

    /** Recognised across bundles: `sts diagram` and `sts mcp` run code of their own bundle, with its own copy of this class. */
    static override [Symbol.hasInstance](value: unknown): boolean {
        return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
    }
}
