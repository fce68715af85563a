import type { PromptFile, VariableType } from '../../core/schema.js';
import { completeVariables } from '../contract.js';
import { splitFrontMatter } from '../front-matter.js';
import { PARAMETER_NAMES } from '../prompty/parse.js';
import { InteropInputError, type ImportedPrompt, type Loss } from '../types.js';
import { handlebarsToMessages, handlebarsToMustache } from './handlebars.js';
import { readInputSchema } from './picoschema.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

const READ = new Set(['name', 'description', 'model', 'config', 'input', 'output', 'metadata', 'tools', 'variant']);

export interface DotpromptInput {
  text: string;
  file: string;
  id: string;
}

/**
 * Reads a `.prompt` file: `model`, `config` (`temperature`, `topP`, `maxOutputTokens`),
 * `input.schema` (Picoschema or JSON Schema) with `input.default`, `output` (JSON with a
 * schema becomes `responseFormat: json_schema`), and the Handlebars body as Mustache
 * messages. `partials` are the names it includes, for the caller to read from `_name.prompt`.
 */
export function parseDotprompt({ text, file, id }: DotpromptInput): ImportedPrompt & { includes: string[] } {
  const fm = splitFrontMatter(text);
  if (fm.error) throw new InteropInputError(`the front matter is not valid YAML: ${fm.error.message}`, fm.error.line);
  const d = fm.data;
  const losses: Loss[] = [];
  const loss = (path: Array<string | number>, message: string, field = path.join('.')) => losses.push({ file, line: fm.lineOf(path), field, message });
  const prompt: Partial<PromptFile> = {};
  if (typeof d.name === 'string') prompt.name = d.name;
  if (typeof d.description === 'string') prompt.description = d.description;
  if (typeof d.model === 'string' && d.model.trim() !== '') prompt.model = d.model;
  else if (d.model !== undefined) loss(['model'], 'not a model name; not carried');

  if (isObj(d.config)) {
    const parameters: Obj = {};
    for (const [key, value] of Object.entries(d.config)) {
      const to = PARAMETER_NAMES[key];
      if (to && typeof value === 'number') parameters[to] = value;
      else loss(['config', key], `the setting "${key}" is not carried (promptgit sends temperature, topP and maxTokens)`);
    }
    if (Object.keys(parameters).length > 0) prompt.modelParameters = parameters;
  }

  const input = isObj(d.input) ? d.input : {};
  const defaults = isObj(input.default) ? input.default : {};
  let variables: PromptFile['variables'];
  if (input.schema !== undefined) {
    const read = readInputSchema(input.schema, defaults);
    variables = read.variables;
    for (const l of read.losses) loss(['input', 'schema', l.field], l.message, `input.schema.${l.field}`);
  } else if (Object.keys(defaults).length > 0) {
    loss(['input', 'default'], 'defaults without input.schema are not carried: promptgit declares a default on a typed variable');
  }
  for (const key of Object.keys(input)) if (key !== 'schema' && key !== 'default') loss(['input', key], `"input.${key}" is not carried`);

  readOutput(d.output, prompt, loss);
  if (isObj(d.metadata)) {
    const { tags, ...rest } = d.metadata;
    if (Array.isArray(tags)) prompt.tags = tags.map(String);
    if (Object.keys(rest).length > 0) prompt.metadata = rest;
  }
  if (d.tools !== undefined) loss(['tools'], 'tools are not carried');
  if (d.variant !== undefined) loss(['variant'], 'variants are separate prompts in promptgit; not carried');
  for (const key of Object.keys(d)) if (!READ.has(key)) loss([key], `the "${key}" field is not carried`);

  const types = new Map<string, VariableType>(Object.entries(variables ?? {}).map(([n, s]) => [n, s.type]));
  const body = handlebarsToMessages(fm.body, fm.bodyLine, file, types);
  losses.push(...body.losses);
  if (body.messages.length === 0 || body.messages.every((m) => m.content === '')) throw new InteropInputError('the body has no message: write the prompt below the front matter', fm.bodyLine);
  prompt.messages = body.messages;
  const completed = completeVariables(variables, body.messages, new Map());
  if (completed) prompt.variables = completed;
  return { id, file, prompt: prompt as PromptFile, partials: [], includes: body.partials, losses: losses.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

type LossAt = (path: Array<string | number>, message: string) => void;

function readOutput(output: unknown, prompt: Partial<PromptFile>, loss: LossAt): void {
  if (output === undefined) return;
  if (!isObj(output)) return loss(['output'], 'not a mapping; not carried');
  const format = output.format;
  if (format === 'json' || (format === undefined && output.schema !== undefined)) {
    if (isObj(output.schema)) {
      const schema = output.schema.type === 'object' || isObj(output.schema.properties) ? output.schema : undefined;
      if (schema) {
        prompt.responseFormat = 'json_schema';
        prompt.jsonSchema = JSON.stringify({ name: 'output', schema });
      } else {
        prompt.responseFormat = 'json_object';
        loss(['output', 'schema'], 'a Picoschema output schema is not carried: promptgit takes a JSON Schema; the answer is still asked for as JSON');
      }
    } else {
      prompt.responseFormat = 'json_object';
      if (output.schema !== undefined) loss(['output', 'schema'], 'a named output schema is defined in code; not carried');
    }
  } else if (format === 'text') prompt.responseFormat = 'text';
  else if (format !== undefined) loss(['output', 'format'], `the output format "${String(format)}" is not carried`);
  for (const key of Object.keys(output)) if (key !== 'format' && key !== 'schema') loss(['output', key], `"output.${key}" is not carried`);
}

/** A Dotprompt partial (`_name.prompt`) as promptgit partial text, with its losses and includes. */
export function parseDotpromptPartial(text: string, file: string): { content: string; losses: Loss[]; includes: string[] } {
  const fm = splitFrontMatter(text);
  const converted = handlebarsToMustache(fm.body, file);
  const offset = fm.bodyLine - 1;
  return { content: converted.text, losses: converted.losses.map((l) => ({ ...l, ...(l.line ? { line: l.line + offset } : {}) })), includes: converted.partials };
}
