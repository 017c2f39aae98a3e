/**
 * The JSON schema of `sts.config.json`, made from the catalogue, so that VS Code's
 * JSON editor completes rule ids, severities, presets and options and shows what
 * each rule finds. It describes the same shape config-file.ts checks; those checks
 * stay what decides (the editor and `sts check` report their problems).
 */
import { catalogue, type Catalogue } from './catalogue.js';
import { SEVERITY_NAMES } from './config-file.js';
import { PRESETS } from './presets.js';

type Schema = Record<string, unknown>;

export function configSchema(entries: Catalogue = catalogue()): Schema {
    const rules: Record<string, Schema> = {};
    for (const entry of entries.values()) {
        const options = Object.entries(entry.defaultOptions);
        const description = `${entry.description} Default: ${entry.defaultSeverity}.`;
        const severity = { $ref: '#/definitions/severity' };
        if (options.length === 0) {
            rules[entry.id] = { description, anyOf: [severity, { type: 'array', items: [severity], minItems: 1, maxItems: 1 }] };
            continue;
        }
        const properties = Object.fromEntries(options.map(([name, value]) => [name, {
            type: Array.isArray(value) ? 'array' : typeof value,
            default: value,
            ...(typeof value === 'number' ? { minimum: 0 } : {})
        }]));
        rules[entry.id] = {
            description,
            anyOf: [severity, {
                type: 'array', minItems: 1, maxItems: 2,
                items: [severity, { type: 'object', properties, additionalProperties: false }]
            }]
        };
    }
    return {
        $schema: 'http://json-schema.org/draft-07/schema#',
        title: 'sts.config.json',
        description: 'Which checks of sts run, and how severe their findings are.',
        type: 'object',
        additionalProperties: false,
        properties: {
            $schema: { type: 'string' },
            extends: {
                description: 'A preset to start from: sts:recommended (the defaults) or sts:all (every check on).',
                anyOf: [{ enum: PRESETS }, { type: 'array', items: { enum: PRESETS } }]
            },
            rules: {
                description: 'Rule ids mapped to a severity, or to [severity, { options }].',
                type: 'object',
                additionalProperties: false,
                properties: rules
            }
        },
        definitions: {
            severity: { enum: SEVERITY_NAMES, description: 'off, or how the findings show: hint, info, warning, error.' }
        }
    };
}
