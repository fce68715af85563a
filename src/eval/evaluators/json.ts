import { isMapping } from '../../core/evaluator-shape.js';
import { evaluatorMessages } from '../../messages/evaluators.js';
import { EvaluatorConfigError } from './errors.js';
import { goTrimSpace } from './go-text.js';
import type { SchemaCheck } from './json-schema-check.js';
import { binaryResult, type Scorer } from './scorer.js';

interface PreparedSchema {
  label: string;
  check: SchemaCheck;
}

// One compile per distinct jsonSchema text in a process: every row of a prompt shares it.
const schemas = new Map<string, Promise<PreparedSchema>>();

/**
 * promptgit's `json` evaluator: the trimmed reply parses as JSON and, where the prompt has a
 * `jsonSchema`, fits its `schema`.
 */
export function compileJson(name: string): Scorer {
  return async (ctx) => {
    let value: unknown;
    try {
      value = JSON.parse(goTrimSpace(ctx.completion));
    } catch {
      return binaryResult(name, false, evaluatorMessages.invalidJson);
    }
    if (ctx.jsonSchema === undefined) return binaryResult(name, true, evaluatorMessages.validJson(undefined));
    const schema = await prepared(ctx.jsonSchema);
    const errors = schema.check(value);
    return errors === undefined ? binaryResult(name, true, evaluatorMessages.validJson(schema.label)) : binaryResult(name, false, evaluatorMessages.schemaMismatch(schema.label, errors));
  };
}

function prepared(jsonSchema: string): Promise<PreparedSchema> {
  let entry = schemas.get(jsonSchema);
  if (!entry) {
    entry = prepare(jsonSchema);
    // A schema that does not compile is not kept: the error is the user's to fix, not to cache.
    entry.catch(() => schemas.delete(jsonSchema));
    schemas.set(jsonSchema, entry);
  }
  return entry;
}

async function prepare(jsonSchema: string): Promise<PreparedSchema> {
  const fail = (why: string) => new EvaluatorConfigError(evaluatorMessages.badJsonSchema(why), { path: ['jsonSchema'], hint: evaluatorMessages.jsonSchemaHint });
  let field: unknown;
  try {
    field = JSON.parse(jsonSchema);
  } catch {
    throw fail(evaluatorMessages.jsonSchemaNotJson);
  }
  if (!isMapping(field) || !(isMapping(field.schema) || typeof field.schema === 'boolean')) throw fail(evaluatorMessages.jsonSchemaNoSchema);
  const { compileSchemaCheck } = await import('./json-schema-check.js');
  try {
    return { label: evaluatorMessages.schemaLabel(field.name), check: compileSchemaCheck(field.schema as object) };
  } catch (error) {
    throw fail(evaluatorMessages.jsonSchemaInvalid((error as Error).message));
  }
}
