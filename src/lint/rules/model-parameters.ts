import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

/** Checks `jsonSchema` for `responseFormat: json_schema`; returns a problem or undefined. */
function jsonSchemaProblem(text: string | undefined): string | undefined {
  if (text === undefined) return 'missing';
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return `not valid JSON (${error instanceof Error ? error.message : String(error)})`;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not a JSON object';
  const object = value as Record<string, unknown>;
  if (typeof object.name !== 'string') return 'missing a "name" string';
  if (typeof object.schema !== 'object' || object.schema === null) return 'missing a "schema" object';
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'model-parameters',
    description: 'Model parameters are in range: temperature 0-2, topP 0-1, maxTokens a positive integer; json_schema responses have a valid jsonSchema.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      range: '{{name}} is {{value}}; it must be between {{min}} and {{max}}.',
      maxTokens: 'maxTokens is {{value}}; it must be a positive integer.',
      noJsonSchema: 'responseFormat json_schema needs a jsonSchema field: a JSON string with "name" and "schema".',
      badJsonSchema: 'jsonSchema is {{problem}}; it must be a JSON string with "name" and "schema".',
    },
  },
  check(prompt, context) {
    // Valid fields only: a bad model or unknown key elsewhere does not hide these findings.
    const { fields: data, invalid } = validFields(prompt);
    const params = data.modelParameters ?? {};
    for (const [name, min, max] of [['temperature', 0, 2], ['topP', 0, 1]] as const) {
      const value = params[name];
      if (value !== undefined && (value < min || value > max)) {
        context.report({ messageId: 'range', data: { name, value, min, max }, at: ['modelParameters', name] });
      }
    }
    if (params.maxTokens !== undefined && (!Number.isInteger(params.maxTokens) || params.maxTokens <= 0)) {
      context.report({ messageId: 'maxTokens', data: { value: params.maxTokens }, at: ['modelParameters', 'maxTokens'] });
    }
    if (data.responseFormat === 'json_schema' && !invalid.has('jsonSchema')) {
      const problem = jsonSchemaProblem(data.jsonSchema);
      if (problem === 'missing') context.report({ messageId: 'noJsonSchema', at: ['responseFormat'] });
      else if (problem) context.report({ messageId: 'badJsonSchema', data: { problem }, at: ['jsonSchema'] });
    }
  },
};
