/**
 * User-facing strings of eval scoring. The details of gh's own checks are gh models eval's
 * words exactly, so reports read (and diff) as they did; promptgit's extensions follow them.
 */
export const evaluatorMessages = {
  equals: (value: string) => `Expected exact match: '${value}'`,
  contains: (value: string) => `Expected to contain: '${value}'`,
  startsWith: (value: string) => `Expected to start with: '${value}'`,
  endsWith: (value: string) => `Expected to end with: '${value}'`,
  notContains: (value: string) => `Expected not to contain: '${value}'`,
  regex: (source: string, flags: string) => `Expected to match: /${source}/${flags}`,
  choiceMatched: (choice: string) => `LLM evaluation matched choice: '${choice}'`,
  noChoiceMatched: (reply: string) => `LLM evaluation response '${reply}' did not match any defined choices`,
  pluginNotFound: (uses: string) => `Plugin evaluator '${uses}' not found`,
  validJson: (schema: string | undefined) => (schema === undefined ? 'Valid JSON' : `Valid JSON matching ${schema}`),
  invalidJson: 'Expected valid JSON: the reply does not parse as JSON',
  schemaMismatch: (schema: string, errors: string) => `Expected JSON matching ${schema}: ${errors}`,
  /** `schema 'animal'`, or the field itself when the schema has no name. */
  schemaLabel: (name: unknown) => (typeof name === 'string' && name !== '' ? `schema '${name}'` : 'the jsonSchema'),

  /** `"exact" (evaluators[2])`, `evaluators[2]`, or `"exact"` when the position is not known. */
  label: (name: string, index: number | undefined) =>
    index === undefined ? (name === '' ? 'an evaluator' : `"${name}"`) : name === '' ? `evaluators[${index}]` : `"${name}" (evaluators[${index}])`,
  notMapping: (label: string) => `Evaluator ${label} is not a mapping; an evaluator has a name and one of string, llm, uses or json.`,
  noKind: (label: string) => `Evaluator ${label} has no check: give it one of string, llm, uses or json.`,
  notKindMapping: (label: string, kind: string) => `Evaluator ${label}: ${kind} must be a mapping.`,
  noStringCheck: (label: string) => `Evaluator ${label} has a string check with nothing to compare: give it one of equals, contains, startsWith, endsWith, notContains or regex.`,
  notText: (label: string, field: string, value: unknown) => `Evaluator ${label}: ${field} must be a string, not ${JSON.stringify(value)}.`,
  badRegex: (label: string, pattern: string, why: string) => `Evaluator ${label}: regex ${pattern} is not a valid regular expression (${why}).`,
  badChoices: (label: string) => `Evaluator ${label}: llm.choices must be a list of { choice, score } mappings.`,
  badScore: (label: string, index: number, value: unknown) => `Evaluator ${label}: llm.choices[${index}].score must be a number, not ${JSON.stringify(value)}.`,
  noJudgeModel: (label: string) => `Evaluator ${label} names no llm.modelId, and no default judge is configured.`,
  noJudgeModelHint: 'Set llm.modelId, or eval.judge in .prompts/_config.yaml.',
  configHint: 'Fix the evaluator; "promptgit lint" points at each evaluator problem with its line.',
  badJsonSchema: (why: string) => `The prompt's jsonSchema ${why}, so the json evaluator cannot check the reply against it.`,
  jsonSchemaNotJson: 'is not valid JSON',
  jsonSchemaNoSchema: 'has no "schema" object',
  jsonSchemaInvalid: (why: string) => `is not a valid JSON Schema (${why})`,
  jsonSchemaHint: 'Make jsonSchema a JSON string with "name" and "schema", then run "promptgit lint".',
} as const;
