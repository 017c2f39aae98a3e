/**
 * The JSON schema VS Code's JSON editor uses for sts.config.json (completion of
 * rule ids, severities, presets, options): made from the catalogue, shipped as
 * language/sts-config.schema.json, and in agreement with the checks of the
 * configuration reader on what is a valid file.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { configSchema } from '../../src/config/config-schema.js';
import { parseConfigText } from '../../src/config/config-file.js';

const require = createRequire(import.meta.url);
const SHIPPED = '../../language/sts-config.schema.json';

function validator(): ValidateFunction {
    const Ajv = (require('ajv') as { default: new (options: object) => { compile(schema: object): ValidateFunction } }).default;
    return new Ajv({ strict: false, allErrors: true }).compile(configSchema());
}

describe('the JSON schema of sts.config.json', () => {
    it('is the one shipped with the extension (regenerate with `npx vitest run test/config/config-schema.test.ts -u`)', async () => {
        await expect(`${JSON.stringify(configSchema(), null, 2)}\n`).toMatchFileSnapshot(SHIPPED);
    });

    it('is what VS Code uses for files named sts.config.json', () => {
        const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { contributes: { jsonValidation?: { fileMatch: string; url: string }[] } };
        expect(manifest.contributes.jsonValidation).toContainEqual({ fileMatch: 'sts.config.json', url: './language/sts-config.schema.json' });
    });

    it('accepts and rejects the same files as the configuration reader', () => {
        const validate = validator();
        const valid = [
            '{}',
            '{ "extends": "sts:all" }',
            '{ "$schema": "./node_modules/sts/language/sts-config.schema.json", "extends": ["sts:recommended"], "rules": { "untrained-user": "error" } }',
            '{ "rules": { "actor-overload": ["warning", { "max-tasks": 20 }], "unowned-task": ["off"], "unresolved-reference": "warning" } }',
            '{ "rules": { "single-point-of-failure": ["info", {}] } }'
        ];
        const invalid = [
            '{ "extends": "sts:everything" }',
            '{ "rule": { } }',
            '{ "rules": { "untrained-users": "error" } }',
            '{ "rules": { "untrained-user": "warn" } }',
            '{ "rules": { "actor-overload": ["warning", { "max-task": 20 }] } }',
            '{ "rules": { "actor-overload": ["warning", { "max-tasks": "twenty" }] } }',
            '{ "rules": { "actor-overload": ["warning", { "max-tasks": -1 }] } }',
            '{ "rules": { "unowned-task": ["warning", {}, {}] } }',
            '{ "rules": { "unowned-task": ["warning", { "anything": 1 }] } }'
        ];
        for (const text of valid) {
            expect(parseConfigText(text).problems, text).toEqual([]);
            expect(validate(JSON.parse(text)), `${text}: ${JSON.stringify(validate.errors)}`).toBe(true);
        }
        for (const text of invalid) {
            expect(parseConfigText(text).problems.length, text).toBeGreaterThan(0);
            expect(validate(JSON.parse(text)), text).toBe(false);
        }
    });
});
