import { isMap, isPair, isScalar } from 'yaml';
import { nodeAt } from '../../core/positions.js';
import { FIXABLE_ALIASES, MODEL_PARAMETER_ALIASES, READ_MODEL_PARAMETERS } from '../../core/unknown-fields.js';
import type { ParsedPrompt } from '../../core/parse.js';
import { readJsonSchemaField } from '../../core/json-schema-field.js';
import { validFields } from '../../core/valid-fields.js';
import type { Fix, Rule } from '../types.js';

/** Renames `modelParameters.<from>` to `<to>`, keeping the value and its layout. */
function renameKey(prompt: ParsedPrompt, from: string, to: string): Fix | undefined {
  const map = nodeAt(prompt.doc, ['modelParameters']);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === from);
  const range = pair && isScalar(pair.key) ? pair.key.range : undefined;
  return range ? { edits: [{ start: range[0], end: range[1], text: to }] } : undefined;
}

export const rule: Rule = {
  meta: {
    id: 'model-parameters',
    description:
      'Model parameters are read (maxTokens, temperature, topP) and in range: temperature 0-2, topP 0-1, maxTokens a positive integer; json_schema responses have a valid jsonSchema.',
    defaultSeverity: 'error',
    fixable: true,
    messages: {
      alias: 'modelParameters.{{name}} is not read; runners read "{{read}}".',
      aliasFixable: 'modelParameters.{{name}} is not read; runners read "{{read}}" (--fix renames it).',
      unread: 'modelParameters.{{name}} is not read; runners read only maxTokens, temperature and topP.',
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
    for (const name of Object.keys(params)) {
      if ((READ_MODEL_PARAMETERS as readonly string[]).includes(name)) continue;
      // Written but never sent: the setting silently has no effect, so a warning, not an error.
      const read = MODEL_PARAMETER_ALIASES[name];
      const at = ['modelParameters', name];
      if (read === undefined) {
        context.report({ messageId: 'unread', data: { name }, at, key: true, severity: 'warn' });
        continue;
      }
      const fix = FIXABLE_ALIASES.has(name) && !Object.hasOwn(params, read) ? renameKey(prompt, name, read) : undefined;
      context.report({ messageId: fix ? 'aliasFixable' : 'alias', data: { name, read }, at, key: true, severity: 'warn', ...(fix ? { fix } : {}) });
    }
    if (params.maxTokens !== undefined && (!Number.isInteger(params.maxTokens) || params.maxTokens <= 0)) {
      context.report({ messageId: 'maxTokens', data: { value: params.maxTokens }, at: ['modelParameters', 'maxTokens'] });
    }
    if (data.responseFormat === 'json_schema' && !invalid.has('jsonSchema')) {
      const { problem } = readJsonSchemaField(data.jsonSchema);
      if (problem === 'missing') context.report({ messageId: 'noJsonSchema', at: ['responseFormat'] });
      else if (problem) context.report({ messageId: 'badJsonSchema', data: { problem }, at: ['jsonSchema'] });
    }
  },
};
