/**
 * The JSON schemas of the tools' arguments (a small subset: an object of
 * strings, whole numbers and booleans, some with a fixed set of values) and
 * their checking, so a wrong argument becomes one sentence that names it and
 * says what is allowed, never an exception in the server.
 */
import { closestName } from '../language/closest-name.js';
import { ToolError } from './tool.js';

export interface JsonSchemaProperty {
    readonly type: 'string' | 'integer' | 'boolean';
    readonly description: string;
    readonly enum?: readonly string[];
    readonly minimum?: number;
}

export interface JsonSchemaObject {
    readonly type: 'object';
    readonly properties: Readonly<Record<string, JsonSchemaProperty>>;
    readonly required?: readonly string[];
    readonly additionalProperties: false;
}

export function objectSchema(properties: Record<string, JsonSchemaProperty>, required: readonly string[] = []): JsonSchemaObject {
    return required.length > 0 ? { type: 'object', properties, required, additionalProperties: false } : { type: 'object', properties, additionalProperties: false };
}

/** The arguments as given, checked against the schema; throws a ToolError naming the first wrong one. */
export function checkArguments(schema: JsonSchemaObject, given: unknown): Record<string, unknown> {
    if (given === undefined || given === null) given = {};
    if (typeof given !== 'object' || Array.isArray(given)) throw new ToolError('The arguments must be an object of named values.');
    const args = given as Record<string, unknown>;
    for (const name of Object.keys(args)) {
        if (!(name in schema.properties)) {
            const suggestion = closestName(name, Object.keys(schema.properties));
            const known = Object.keys(schema.properties).join(', ') || 'none';
            throw new ToolError(`Unknown argument '${name}'${suggestion ? `; did you mean '${suggestion}'?` : '.'} Arguments: ${known}.`);
        }
    }
    for (const name of schema.required ?? []) {
        if (args[name] === undefined || args[name] === '') throw new ToolError(`Missing argument '${name}': ${schema.properties[name]!.description}`);
    }
    const checked: Record<string, unknown> = {};
    for (const [name, value] of Object.entries(args)) {
        if (value === undefined || value === null) continue;
        checked[name] = checkValue(name, schema.properties[name]!, value);
    }
    return checked;
}

function checkValue(name: string, property: JsonSchemaProperty, value: unknown): unknown {
    switch (property.type) {
        case 'boolean':
            if (typeof value !== 'boolean') throw new ToolError(`Argument '${name}' must be true or false, not ${describe(value)}.`);
            return value;
        case 'integer':
            if (typeof value !== 'number' || !Number.isInteger(value)) throw new ToolError(`Argument '${name}' must be a whole number, not ${describe(value)}.`);
            if (property.minimum !== undefined && value < property.minimum) throw new ToolError(`Argument '${name}' must be ${property.minimum} or more, not ${value}.`);
            return value;
        case 'string':
            if (typeof value !== 'string') throw new ToolError(`Argument '${name}' must be a string, not ${describe(value)}.`);
            if (property.enum && !property.enum.includes(value)) {
                const suggestion = closestName(value, property.enum);
                throw new ToolError(`Argument '${name}' is '${value}'${suggestion ? ` (did you mean '${suggestion}'?)` : ''}; it must be one of ${property.enum.join(', ')}.`);
            }
            return value;
    }
}

function describe(value: unknown): string {
    if (Array.isArray(value)) return 'a list';
    if (typeof value === 'string') return `the string '${value.length > 40 ? value.slice(0, 40) + '…' : value}'`;
    return value !== null && typeof value === 'object' ? 'an object' : String(value as string | number | boolean | null | undefined);
}
