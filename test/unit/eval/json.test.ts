import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/eval/evaluators/index.js';
import { context } from './helpers.js';

// examples/json_schema_prompt.yml's schema.
const animal = JSON.stringify({
  name: 'animal_description',
  strict: true,
  schema: {
    type: 'object',
    properties: { name: { type: 'string' }, habitat: { type: 'string' }, diet: { type: 'string', enum: ['carnivore', 'herbivore', 'omnivore'] }, characteristics: { type: 'array', items: { type: 'string' } } },
    required: ['name', 'habitat', 'diet'],
    additionalProperties: false,
  },
});
const json = { name: 'valid', json: {} };

describe('json evaluator (promptgit extension)', () => {
  it.each<[string, string, string | undefined, number, string]>([
    ['a reply that parses, no schema', ' {"a": 1}\n', undefined, 1, 'Valid JSON'],
    ['a scalar parses too', '42', undefined, 1, 'Valid JSON'],
    ['a reply that does not parse', 'Sure! {"a": 1}', undefined, 0, 'Expected valid JSON: the reply does not parse as JSON'],
    ['a fenced reply does not parse', '```json\n{}\n```', undefined, 0, 'Expected valid JSON: the reply does not parse as JSON'],
    ['fits the schema', '{"name":"dog","habitat":"homes","diet":"omnivore"}', animal, 1, "Valid JSON matching schema 'animal_description'"],
    [
      'breaks the schema',
      '{"name":"dog","diet":"kibble","extra":1}',
      animal,
      0,
      "Expected JSON matching schema 'animal_description': reply must have required property 'habitat'; reply must NOT have additional properties; reply/diet must be equal to one of the allowed values",
    ],
    ['does not parse, with a schema', 'nope', animal, 0, 'Expected valid JSON: the reply does not parse as JSON'],
    ['a schema with no name', '"x"', JSON.stringify({ schema: { type: 'number' } }), 0, 'Expected JSON matching the jsonSchema: reply must be number'],
    ['formats are checked', '"not-an-email"', JSON.stringify({ name: 'e', schema: { type: 'string', format: 'email' } }), 0, 'Expected JSON matching schema \'e\': reply must match format "email"'],
    ['draft 2020-12 by $schema', '[1,"a"]', JSON.stringify({ name: 't', schema: { $schema: 'https://json-schema.org/draft/2020-12/schema', prefixItems: [{ type: 'number' }, { type: 'number' }] } }), 0, "Expected JSON matching schema 't': reply/1 must be number"],
  ])('%s', async (_, reply, jsonSchema, score, details) => {
    const { ctx } = context(reply, {}, [], jsonSchema === undefined ? {} : { jsonSchema });
    expect(await evaluate(json, ctx)).toEqual({ evaluatorName: 'valid', score, passed: score === 1, details });
  });

  it.each([
    ['{not json', 'The prompt\'s jsonSchema is not valid JSON, so the json evaluator cannot check the reply against it.'],
    ['{"name":"x"}', 'The prompt\'s jsonSchema has no "schema" object, so the json evaluator cannot check the reply against it.'],
    ['{"name":"x","schema":{"type":"nonsense"}}', /^The prompt's jsonSchema is not a valid JSON Schema \(schema is invalid: .+\), so the json evaluator/],
  ])('a jsonSchema that cannot be used: %s', async (jsonSchema, message) => {
    const error = await evaluate(json, context('{}', {}, [], { jsonSchema }).ctx).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'input', path: ['jsonSchema'], hint: 'Make jsonSchema a JSON string with "name" and "schema", then run "promptgit lint".' });
    expect((error as Error).message).toMatch(message);
  });
});
