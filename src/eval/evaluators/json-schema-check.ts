import { Ajv, type AnySchema, type ValidateFunction } from 'ajv';
import { Ajv2019 } from 'ajv/dist/2019.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS with a default export property.
const addFormats = ((addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule) as unknown as (ajv: Ajv) => Ajv;

/** Returns the reasons a value breaks the schema (three at most), or undefined when it fits. */
export type SchemaCheck = (value: unknown) => string | undefined;

/** Errors shown per failing reply: enough to act on, short enough for a table cell. */
const MAX_ERRORS = 3;

/**
 * Compiles a JSON Schema with ajv, the draft chosen by its `$schema` (draft-07 when none):
 * loaded only by the json evaluator, on its first use. Keywords ajv does not know
 * (OpenAI's structured-output extras) are allowed, and formats are checked.
 */
export function compileSchemaCheck(schema: AnySchema): SchemaCheck {
  const draft = typeof schema === 'object' && typeof schema.$schema === 'string' ? schema.$schema : '';
  const options = { allErrors: true, strict: false, logger: false } as const;
  const ajv = draft.includes('2020-12') ? new Ajv2020(options) : draft.includes('2019-09') ? new Ajv2019(options) : new Ajv(options);
  addFormats(ajv as Ajv);
  const validate: ValidateFunction = ajv.compile(schema);
  return (value) => {
    if (validate(value)) return undefined;
    const errors = (validate.errors ?? []).slice(0, MAX_ERRORS);
    return ajv.errorsText(errors, { dataVar: 'reply', separator: '; ' });
  };
}
