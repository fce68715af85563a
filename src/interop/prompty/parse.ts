import type { PromptFile, VariableSpec } from '../../core/schema.js';
import { completeVariables } from '../contract.js';
import { splitFrontMatter } from '../front-matter.js';
import { InteropInputError, type ImportedPrompt, type Loss } from '../types.js';
import { typeOfValue, variableType, matchesType } from '../variable-types.js';
import { jinjaLosses, tidyPlainTags } from './jinja.js';
import { splitRoles } from './roles.js';

/** What a Prompty file says, read into promptgit's fields; `id` is given by the caller (the file name). */
export interface PromptyInput {
  text: string;
  file: string;
  id: string;
}

/** Front matter keys that are read; any other is reported as a loss. */
const READ = new Set(['name', 'description', 'version', 'authors', 'tags', 'metadata', 'model', 'inputs', 'sample', 'template', 'outputs', 'kind', 'id', '$schema']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Reads a `.prompty` file (Prompty v1 and the v2 specification): `model` (a name, or `id`,
 * `provider`, `options`, or v1's `configuration` and `parameters`), `inputs` (`kind` or
 * `type`, `description`, `required`, `default`, `enumValues`, `sample`), `sample`, and the
 * markdown body split at `system:`/`user:`/`assistant:` lines. What promptgit cannot carry
 * is a loss with its line.
 */
export function parsePrompty({ text, file, id }: PromptyInput): ImportedPrompt {
  const fm = splitFrontMatter(text);
  if (fm.error) throw new InteropInputError(`the front matter is not valid YAML: ${fm.error.message}`, fm.error.line);
  const d = fm.data;
  const losses: Loss[] = [];
  const loss = (path: Array<string | number>, message: string) => losses.push({ file, line: fm.lineOf(path), field: path.join('.'), message });
  const prompt: Partial<PromptFile> = {};

  if (typeof d.name === 'string') prompt.name = d.name;
  if (typeof d.description === 'string') prompt.description = d.description;
  // promptgit's version is written by release, from the tags: the source's is not copied.
  const metadata: Obj = isObj(d.metadata) ? { ...d.metadata } : {};
  const tags = Array.isArray(d.tags) ? d.tags : Array.isArray(metadata.tags) ? metadata.tags : undefined;
  delete metadata.tags;
  if (tags) prompt.tags = tags.map(String);
  if (Array.isArray(d.authors)) metadata.authors = d.authors;
  if (Object.keys(metadata).length > 0) prompt.metadata = metadata;

  readModel(d.model, prompt, loss);

  const { variables, sample } = readInputs(d.inputs, loss);
  const row: Obj = { ...sample };
  if (isObj(d.sample)) Object.assign(row, d.sample);
  else if (d.sample !== undefined) loss(['sample'], 'a sample file (or a sample that is not a mapping) is not carried; put its values in testData');

  const template = templateFormat(d.template);
  if (template.parser && template.parser !== 'prompty') loss(['template', 'parser'], `the "${template.parser}" parser is not carried; the body is split at role lines`);
  if (template.format !== 'mustache' && template.format !== 'jinja2') loss(['template', 'format'], `the "${template.format}" template format is not carried; the body is read as Mustache`);
  const jinja = template.format === 'jinja2';
  if (jinja) losses.push(...jinjaLosses(fm.body, fm.bodyLine, file, 'body'));
  const body = jinja ? tidyPlainTags(fm.body) : fm.body;
  const messages = splitRoles(body, fm.bodyLine, file, losses);
  if (messages.length === 0) throw new InteropInputError('the body has no message: write the prompt below the front matter, after a "system:" or "user:" line', fm.bodyLine);
  prompt.messages = messages;

  if (d.outputs !== undefined) loss(['outputs'], 'output declarations are not carried; set responseFormat and jsonSchema by hand if the answer is JSON');
  if (d.tools !== undefined) loss(['tools'], 'tools are not carried');
  for (const key of Object.keys(d)) if (!READ.has(key) && key !== 'tools') loss([key], `the "${key}" field is not carried`);

  const completed = completeVariables(variables, messages, new Map());
  if (completed) prompt.variables = completed;
  if (Object.keys(row).length > 0) prompt.testData = [row];
  return { id, file, prompt: prompt as PromptFile, partials: [], losses: losses.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)) };
}

type LossAt = (path: Array<string | number>, message: string) => void;

function readModel(model: unknown, prompt: Partial<PromptFile>, loss: LossAt): void {
  if (model === undefined) return;
  if (typeof model === 'string') {
    if (model.trim() !== '') prompt.model = model;
    return;
  }
  if (!isObj(model)) return loss(['model'], 'not a name or a mapping; not carried');
  const config = isObj(model.configuration) ? model.configuration : {};
  const name = str(model.id) ?? str(config.azure_deployment) ?? str(config.model) ?? str(config.name);
  const provider = str(model.provider) ?? (isObj(model.connection) ? str(model.connection.provider) : undefined) ?? str(config.type);
  if (name) prompt.model = provider && !name.includes('/') ? `${provider}/${name}` : name;
  else loss(['model'], 'names no model (id, or configuration.azure_deployment); not carried');
  // Connections hold endpoints and keys: named as lost, never copied or printed.
  if (model.connection !== undefined) loss(['model', 'connection'], 'connection settings are not carried (keep endpoints and keys in the environment)');
  for (const key of Object.keys(config)) if (!['type', 'azure_deployment', 'model', 'name'].includes(key)) loss(['model', 'configuration', key], 'connection settings are not carried (keep endpoints and keys in the environment)');
  if (model.api !== undefined && model.api !== 'chat') loss(['model', 'api'], `the "${String(model.api)}" API is not carried; promptgit prompts are chat messages`);
  if (model.response !== undefined && model.response !== 'first') loss(['model', 'response'], 'not carried: promptgit returns the first choice');
  const key = isObj(model.options) ? 'options' : 'parameters';
  const options = isObj(model[key]) ? (model[key] as Obj) : {};
  const parameters: Obj = {};
  for (const [name, value] of Object.entries(options)) {
    const to = PARAMETER_NAMES[name];
    if (to && typeof value === 'number') parameters[to] = value;
    else if (name !== 'kind' && name !== 'type') loss(['model', key, name], `the model option "${name}" is not carried (promptgit sends temperature, topP and maxTokens)`);
  }
  if (Object.keys(parameters).length > 0) prompt.modelParameters = parameters;
}

/** Prompty's and OpenAI's names for the parameters promptgit sends. */
export const PARAMETER_NAMES: Record<string, 'temperature' | 'topP' | 'maxTokens'> = {
  temperature: 'temperature',
  top_p: 'topP',
  topP: 'topP',
  max_tokens: 'maxTokens',
  maxTokens: 'maxTokens',
  maxOutputTokens: 'maxTokens',
  max_completion_tokens: 'maxTokens',
};

function readInputs(inputs: unknown, loss: LossAt): { variables: Record<string, VariableSpec> | undefined; sample: Obj } {
  const sample: Obj = {};
  if (inputs === undefined || inputs === null) return { variables: undefined, sample };
  // v2 writes a mapping of name to input; a list of inputs with `name` is read too.
  const entries: Array<[string, unknown, Array<string | number>]> = Array.isArray(inputs)
    ? inputs.map((input, i) => [isObj(input) ? String(input.name ?? '') : '', input, ['inputs', i]])
    : isObj(inputs)
      ? Object.entries(inputs).map(([name, input]) => [name, input, ['inputs', name]])
      : [];
  if (entries.length === 0 && !isObj(inputs)) loss(['inputs'], 'not a mapping of inputs; not carried');
  const variables: Record<string, VariableSpec> = {};
  for (const [name, input, at] of entries) {
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) {
      loss(at, `"${name}" is not a variable name promptgit takes (letters, digits and "_"); left out`);
      continue;
    }
    if (!isObj(input)) {
      // Shorthand: the value is a sample of its kind.
      variables[name] = { type: typeOfValue(input) };
      if (input !== null && input !== undefined) sample[name] = input;
      continue;
    }
    const declared = input.kind ?? input.type;
    let type = variableType(declared);
    if (declared !== undefined && !type) loss([...at, input.kind !== undefined ? 'kind' : 'type'], `the kind "${String(declared)}" has no promptgit type; read as a string`);
    type ??= input.default !== undefined ? typeOfValue(input.default) : input.sample !== undefined ? typeOfValue(input.sample) : 'string';
    const spec: VariableSpec = { type };
    if (typeof input.description === 'string') spec.description = input.description;
    const values = input.enumValues ?? input.enum;
    if (Array.isArray(values) && values.length > 0 && values.every((v) => ['string', 'number', 'boolean'].includes(typeof v) && matchesType(v, type!))) spec.enum = values as Array<string | number | boolean>;
    else if (values !== undefined) loss([...at, 'enumValues'], `not carried: the values are not all of type ${type}`);
    if (input.default !== undefined) {
      if (matchesType(input.default, type) && (!spec.enum || spec.enum.includes(input.default as never))) spec.default = input.default;
      else loss([...at, 'default'], `not carried: the default is not a ${type}${spec.enum ? ' of the enum' : ''}`);
    }
    if (typeof input.required === 'boolean' && input.required !== (spec.default === undefined)) spec.required = input.required;
    if (input.sample !== undefined) sample[name] = input.sample;
    for (const key of ['items', 'properties', 'strict', 'example', 'json_schema']) if (input[key] !== undefined) loss([...at, key], `"${key}" is not carried; the variable keeps its type only`);
    variables[name] = spec;
  }
  return { variables, sample };
}

function templateFormat(template: unknown): { format: string; parser?: string } {
  // Prompty renders with Jinja2 unless the file says otherwise.
  if (template === undefined || template === null) return { format: 'jinja2' };
  if (typeof template === 'string') return { format: template.toLowerCase() };
  if (!isObj(template)) return { format: 'jinja2' };
  const format = isObj(template.format) ? template.format.kind : (template.format ?? template.type);
  const parser = isObj(template.parser) ? template.parser.kind : template.parser;
  return { format: typeof format === 'string' ? format.toLowerCase() : 'jinja2', ...(typeof parser === 'string' ? { parser } : {}) };
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.trim() !== '' ? v : undefined;
}
