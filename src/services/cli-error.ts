/**
 * The errors the command line reports as one line (or one line per problem)
 * with exit code 2. They are recognised by a brand registered with
 * `Symbol.for` and each class's `kind` (not by class identity or by its name,
 * which minifying changes), so `instanceof` still holds when a module is
 * bundled twice (a separately built chunk, a test importing the sources).
 */
const BRAND = Symbol.for('sts.cli.error-kinds');

export abstract class CliError extends Error {
    /** Names this class for `instanceof` across copies of this module; every subclass sets its own. */
    static readonly kind: string = 'CliError';

    constructor(message: string) {
        super(message);
        const kinds: string[] = [];
        for (let type: unknown = new.target; typeof type === 'function' && type !== Error; type = Object.getPrototypeOf(type)) {
            if (Object.hasOwn(type, 'kind')) kinds.push((type as unknown as { kind: string }).kind);
        }
        Object.defineProperty(this, BRAND, { value: kinds, enumerable: false });
        this.name = kinds[0] ?? 'CliError';
    }

    /** What stderr shows, one line each, without a trailing newline. */
    abstract lines(): string[];

    /** The same as one sentence without the `sts:` prefix, for answers that are not a terminal (the editor, an assistant). */
    sentence(): string {
        return this.lines().join(' ').replace(/^sts: /, '');
    }

    static override [Symbol.hasInstance](candidate: unknown): boolean {
        if (typeof candidate !== 'object' || candidate === null) return false;
        const kinds = (candidate as { [BRAND]?: unknown })[BRAND];
        return Array.isArray(kinds) && kinds.includes(this.kind);
    }
}

/** Bad usage or unreadable input: `sts: <message>`, exit code 2. */
export class UsageError extends CliError {
    static override readonly kind = 'UsageError';

    lines(): string[] {
        return [`sts: ${this.message}`];
    }
}
