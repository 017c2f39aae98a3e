import { describe, expect, it } from 'vitest';
import { isValidName } from '../../src/language/names.js';

describe('what counts as a name (rename, quick fixes)', () => {
    it('accepts what the parser accepts as one name', () => {
        for (const name of ['Rosa', 'head-chef', 'food_safety', '_draft', 'Jürgen', 'Zoë', 'POS2']) expect(isValidName(name), name).toBe(true);
    });
    it('refuses names the parser would read as something else', () => {
        for (const name of ['', '2nd', 'head-', 'A->B', 'two words', '-x', 'a--b', '"Rosa"']) expect(isValidName(name), name).toBe(false);
    });
});
