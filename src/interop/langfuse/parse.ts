import type { Message, PromptFile, Role, VariableSpec } from '../../core/schema.js';
import { variableSchema } from '../../core/schema.js';
import { idFromName } from '../ids.js';
import { PARAMETER_NAMES } from '../prompty/parse.js';
import { InteropInputError, type Loss } from '../types.js';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One version of a Langfuse prompt, read into promptgit's fields. */
export interface LangfuseVersion {
  name: string;
  id: string;
  version: number;
  labels: string[];
  commitMessage?: string;
  prompt: PromptFile;
  losses: Loss[];
}

/** `config` keys promptgit reads besides the model parameters: those its own export writes. */
const CONFIG_READ = new Set(['model', 'provider', 'name', 'description', 'variables', ...Object.keys(PARAMETER_NAMES)]);
const ROLES: readonly string[] = ['system', 'user', 'assistant', 'developer'];
/** Langfuse's reference to another prompt, resolved by its server only. */
const REFERENCE = /@@@langfusePrompt:[^@]*@@@/;

/**
 * Reads Langfuse's prompt export JSON: one prompt (`name`, `version`, `type` text or chat,
 * `prompt`, `config`, `labels`, `tags`), a list of them (versions of one or more prompts), or
 * the API's `{ data: [...] }` page. Versions come back oldest first for each name.
 */
export function parseLangfuse(text: string, file: string): LangfuseVersion[] {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message)?.[1];
    const line = at ? text.slice(0, Number(at)).split('\n').length : 1;
    throw new InteropInputError(`not valid JSON (${message.replace(/ in JSON at position \d+.*$/, '')})`, line);
  }
  const items = Array.isArray(value) ? value : isObj(value) && Array.isArray(value.data) ? value.data : [value];
  const lines = text.split('\n');
  const lineOf = (needle: string, from = 0) => {
    const i = lines.findIndex((l, n) => n >= from && l.includes(needle));
    return i < 0 ? undefined : i + 1;
  };
  const versions = items.map((item, index) => readVersion(item, index, file, (key) => lineOf(`"${key}"`, startLine(lines, index, items.length) - 1)));
  return versions.sort((a, b) => (a.id === b.id ? a.version - b.version : 0));
}

/** The line where the index-th prompt of the file starts, found by its `"name"` key (best effort: losses name a line). */
function startLine(lines: readonly string[], index: number, count: number): number {
  if (count === 1) return 1;
  let seen = -1;
  for (let i = 0; i < lines.length; i++) if (/"name"\s*:/.test(lines[i]!) && ++seen === index) return i + 1;
  return 1;
}

function readVersion(item: unknown, index: number, file: string, lineOf: (key: string) => number | undefined): LangfuseVersion {
  const where = (key: string) => lineOf(key) ?? 1;
  if (!isObj(item)) throw new InteropInputError(`prompt ${index + 1} is not an object with "name" and "prompt"`, 1);
  if (typeof item.name !== 'string' || item.name.trim() === '') throw new InteropInputError(`prompt ${index + 1} has no "name"`, where('prompt'));
  const id = idFromName(item.name);
  if (!id) throw new InteropInputError(`the name "${item.name}" gives no usable promptgit id`, where('name'));
  const losses: Loss[] = [];
  const loss = (key: string, field: string, message: string) => losses.push({ file, line: where(key), field, message });
  const prompt: Partial<PromptFile> = { name: item.name };
  const type = item.type ?? (Array.isArray(item.prompt) ? 'chat' : 'text');
  if (type === 'text') {
    if (typeof item.prompt !== 'string') throw new InteropInputError(`the text prompt "${item.name}" has no "prompt" string`, where('prompt'));
    prompt.messages = [{ role: 'user', content: item.prompt }];
  } else if (type === 'chat') {
    if (!Array.isArray(item.prompt)) throw new InteropInputError(`the chat prompt "${item.name}" has no "prompt" list of messages`, where('prompt'));
    prompt.messages = chatMessages(item.prompt, (field, message) => loss('prompt', field, message));
    if (prompt.messages.length === 0) throw new InteropInputError(`the chat prompt "${item.name}" has no message promptgit can carry`, where('prompt'));
  } else throw new InteropInputError(`the prompt "${item.name}" has type "${String(type)}"; Langfuse prompts are "text" or "chat"`, where('type'));
  for (const [i, m] of prompt.messages.entries()) if (REFERENCE.test(m.content)) loss('prompt', `prompt[${i}]`, 'a Langfuse prompt reference (@@@langfusePrompt:…@@@) is resolved by Langfuse only; it is kept as text');

  const config = isObj(item.config) ? item.config : {};
  readConfig(config, prompt, (key, message) => loss(key, `config.${key}`, message));
  if (Array.isArray(item.tags) && item.tags.length > 0) prompt.tags = item.tags.map(String);
  const labels = Array.isArray(item.labels) ? item.labels.map(String) : [];
  const version = typeof item.version === 'number' && Number.isInteger(item.version) && item.version > 0 ? item.version : 1;
  return { name: item.name, id, version, labels, ...(typeof item.commitMessage === 'string' ? { commitMessage: item.commitMessage } : {}), prompt: prompt as PromptFile, losses };
}

function chatMessages(list: unknown[], loss: (field: string, message: string) => void): Message[] {
  const messages: Message[] = [];
  list.forEach((m, i) => {
    if (!isObj(m)) return loss(`prompt[${i}]`, 'not a message; left out');
    if (m.type === 'placeholder') return loss(`prompt[${i}]`, `the message placeholder "${String(m.name)}" is filled by the caller in Langfuse; promptgit has no such slot, so it was left out`);
    const role = String(m.role ?? '');
    if (!ROLES.includes(role)) return loss(`prompt[${i}].role`, `the role "${role}" has no promptgit role; the message was left out`);
    if (typeof m.content !== 'string') return loss(`prompt[${i}].content`, 'content that is not text (images, parts) is not carried; the message was left out');
    messages.push({ role: role as Role, content: m.content });
  });
  return messages;
}

function readConfig(config: Obj, prompt: Partial<PromptFile>, loss: (key: string, message: string) => void): void {
  if (typeof config.model === 'string' && config.model.trim() !== '') {
    prompt.model = typeof config.provider === 'string' && !config.model.includes('/') ? `${config.provider}/${config.model}` : config.model;
  }
  if (typeof config.name === 'string') prompt.name = config.name;
  if (typeof config.description === 'string') prompt.description = config.description;
  const parameters: Obj = {};
  for (const [key, value] of Object.entries(config)) {
    const to = PARAMETER_NAMES[key];
    if (to && typeof value === 'number') parameters[to] = value;
    // Config is free-form and may hold anything: name the key only, never its value.
    else if (!CONFIG_READ.has(key)) loss(key, `the config key "${key}" is not carried (promptgit reads model, temperature, top_p, max_tokens)`);
  }
  if (Object.keys(parameters).length > 0) prompt.modelParameters = parameters;
  if (isObj(config.variables)) {
    const variables: Record<string, VariableSpec> = {};
    for (const [name, spec] of Object.entries(config.variables)) {
      const parsed = variableSchema.safeParse(spec);
      if (parsed.success && /^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) variables[name] = stripDefaults(spec as Obj, parsed.data);
      else loss('variables', `the variable "${name}" is not a promptgit variable spec; not carried`);
    }
    if (Object.keys(variables).length > 0) prompt.variables = variables;
  }
}

/** The spec as written: zod fills `type: string` where it was left out, which would change the file. */
function stripDefaults(written: Obj, parsed: VariableSpec): VariableSpec {
  return written.type === undefined ? ({ ...parsed, type: 'string' } as VariableSpec) : parsed;
}
