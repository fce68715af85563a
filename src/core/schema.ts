import * as z from 'zod';

/**
 * The prompt file format (v1): a superset of GitHub Models' `.prompt.yml`. This zod
 * schema is the single source of truth; the editor JSON Schema is generated from it.
 */

export { VARIABLE_TYPES, matchesType, type VariableType } from './variable-types.js';
import { VARIABLE_TYPES, matchesType } from './variable-types.js';

export const ROLES = ['system', 'user', 'assistant', 'developer'] as const;
export type Role = (typeof ROLES)[number];

export const RESPONSE_FORMATS = ['text', 'json_object', 'json_schema'] as const;

/** semver.org's recommended pattern, so the schema stays dependency-free for editors. */
const SEMVER =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const scalar = z.union([z.string(), z.number(), z.boolean()]);

export const variableSchema = z
  .strictObject({
    type: z.enum(VARIABLE_TYPES).default('string').describe('Type of the value the caller passes'),
    description: z.string().optional(),
    required: z.boolean().optional().describe('Defaults to true unless a default is given'),
    default: z.unknown().optional(),
    enum: z.array(scalar).min(1).optional().describe('The only values allowed'),
  })
  .superRefine((variable, ctx) => {
    if (variable.default !== undefined && !matchesType(variable.default, variable.type)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: `the default is not of type ${variable.type}` });
    }
    if (variable.enum && variable.default !== undefined && !variable.enum.includes(variable.default as never)) {
      ctx.addIssue({ code: 'custom', path: ['default'], message: 'the default is not one of the enum values' });
    }
    for (const [i, value] of (variable.enum ?? []).entries()) {
      if (!matchesType(value, variable.type)) {
        ctx.addIssue({ code: 'custom', path: ['enum', i], message: `enum value ${JSON.stringify(value)} is not of type ${variable.type}` });
      }
    }
  });

export const messageSchema = z.strictObject({
  role: z.enum(ROLES),
  content: z.string().describe('A Mustache template'),
  name: z.string().optional(),
});

export const modelParametersSchema = z.looseObject({
  temperature: z.number().optional(),
  topP: z.number().optional(),
  maxTokens: z.number().optional(),
});

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** Top-level fields, besides `x-*` extension keys. */
export const promptShape = {
  name: z.string().optional().describe('Display name'),
  description: z.string().optional().describe('What the prompt does, in one sentence'),
  version: z.string().regex(SEMVER, 'must be a semantic version such as 1.2.0').optional().describe('Written by `promptgit release`'),
  // A free string, as GitHub Models read it: bare names (`gpt-4o`, `auto`, `qwen2.5-coder:7b`) are common.
  model: z
    .string()
    .regex(/\S/, 'must name a model, for example openai/gpt-4o-mini')
    .optional()
    .describe('The model to call, for example openai/gpt-4o-mini'),
  modelParameters: modelParametersSchema.optional(),
  responseFormat: z.enum(RESPONSE_FORMATS).optional(),
  jsonSchema: z.string().optional().describe('JSON string with "name" and "schema", for responseFormat: json_schema'),
  variables: z
    .record(z.string().regex(VARIABLE_NAME, 'a variable name is letters, digits and "_", not starting with a digit'), variableSchema)
    .optional()
    .describe('promptgit extension: the typed contract of the template variables'),
  messages: z.array(messageSchema).min(1, 'a prompt needs at least one message').describe('The chat messages; each content is a Mustache template'),
  testData: z.array(z.record(z.string(), z.unknown())).optional().describe('Rows of variable values (and expected output) for evaluations'),
  evaluators: z.array(z.unknown()).optional(),
  tags: z.array(z.string()).optional(),
  metadata: z.record(z.string(), z.unknown()).optional(),
};

export const TOP_LEVEL_KEYS = Object.keys(promptShape);

export const promptSchema = z.strictObject(promptShape);

/**
 * zod's options for a check made once in a run. zod compiles a parser for each object
 * schema the first time it checks one (code generated, then evaluated): that pays off over
 * many checks, and is most of the cost of one.
 */
export const CHECK_ONCE = { jitless: true } as const;

/** How many prompts a process checks before zod compiles its parsers. */
const COMPILE_AFTER = 16;
let promptChecks = 0;

/** zod's options for the next prompt check: the first few of a process (a commit's prompts) are not compiled. */
export function promptCheck(): typeof CHECK_ONCE | undefined {
  return promptChecks++ < COMPILE_AFTER ? CHECK_ONCE : undefined;
}

export type PromptFile = z.infer<typeof promptSchema>;
export type VariableSpec = z.infer<typeof variableSchema>;
export type Message = z.infer<typeof messageSchema>;

/** Known keys of the objects nested in a prompt, for "did you mean" suggestions. */
export function knownKeysAt(path: readonly PropertyKey[]): string[] | undefined {
  if (path.length === 0) return TOP_LEVEL_KEYS;
  if (path[0] === 'variables' && path.length === 2) return Object.keys(variableSchema.shape);
  if (path[0] === 'messages' && path.length === 2) return Object.keys(messageSchema.shape);
  return undefined;
}
