/** The `jsonSchema` field of a `responseFormat: json_schema` prompt, read as GitHub Models read it. */
export type JsonSchemaField = { value: Record<string, unknown>; problem?: undefined } | { value?: undefined; problem: string };

/** Parses `jsonSchema`: a JSON string of an object with a "name" string and a "schema" object. */
export function readJsonSchemaField(text: string | undefined): JsonSchemaField {
  if (text === undefined) return { problem: 'missing' };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { problem: `not valid JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { problem: 'not a JSON object' };
  const object = value as Record<string, unknown>;
  if (typeof object.name !== 'string') return { problem: 'missing a "name" string' };
  if (typeof object.schema !== 'object' || object.schema === null) return { problem: 'missing a "schema" object' };
  return { value: object };
}
