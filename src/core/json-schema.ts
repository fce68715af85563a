import * as z from 'zod';
import { promptSchema } from './schema.js';

export const SCHEMA_ID = 'urn:promptgit:schema:prompt:v1';

/** The JSON Schema for editors, generated from the zod schema so the two never drift. */
export function promptJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(promptSchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
  // Extension keys (`x-*`) are allowed at the top level, as in OpenAPI.
  schema.patternProperties = { '^x-': {} };
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'promptgit prompt',
    description: 'A prompt file: a superset of the GitHub Models .prompt.yml format.',
    ...schema,
  };
}
