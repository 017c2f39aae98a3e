/** The SARIF 2.1.0 JSON schema as shipped by @microsoft/jest-sarif (draft-04, hence ajv-draft-04). */
import { createRequire } from 'node:module';
import type { ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

interface Draft04Ajv {
    addFormat(name: string, test: (value: string) => boolean): unknown;
    compile(schema: object): ValidateFunction;
}

export function sarifValidator(): ValidateFunction {
    const schema = require('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json') as object;
    const Ajv = (require('ajv-draft-04') as { default: new (options: object) => Draft04Ajv }).default;
    // The schema's language-tag pattern is not valid as a unicode regular expression.
    const ajv = new Ajv({ strict: false, allErrors: true, unicodeRegExp: false });
    ajv.addFormat('uri', value => /^[a-z][a-z0-9+.-]*:[^\s]*$/i.test(value));
    ajv.addFormat('uri-reference', value => !/\s/.test(value));
    ajv.addFormat('date-time', value => !Number.isNaN(Date.parse(value)));
    return ajv.compile(schema);
}
