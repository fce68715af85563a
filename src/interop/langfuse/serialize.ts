import { commonLosses } from '../common-losses.js';
import { inlinePartials } from '../inline-partials.js';
import type { ExportResult, ExportSource, Loss } from '../types.js';

type Obj = Record<string, unknown>;

/**
 * Writes a prompt as Langfuse's prompt JSON (what its API and export take): `type` text for a
 * single user message, chat otherwise; `config` carries the model, its parameters, the
 * description and the typed `variables`, which Langfuse keeps as free-form config and promptgit
 * reads back. `labels` are the environments that serve this version, given by the caller.
 */
export function serializeLangfuse(source: ExportSource, labels: readonly string[] = []): ExportResult {
  const { prompt, file } = source;
  const losses: Loss[] = commonLosses(source, 'langfuse');
  const messages = prompt.messages.map((m, i) => {
    if (m.name !== undefined) losses.push({ file, field: `messages[${i}].name`, message: 'message names are not carried' });
    return { role: m.role, content: inlinePartials(m.content, source.partials, file, `messages[${i}].content`, losses) };
  });
  sectionLosses(messages, file, losses);
  const text = messages.length === 1 && messages[0]!.role === 'user';
  const config: Obj = {};
  if (prompt.model !== undefined) config.model = prompt.model;
  for (const [key, value] of Object.entries(prompt.modelParameters ?? {})) {
    const to = { temperature: 'temperature', topP: 'top_p', maxTokens: 'max_tokens' }[key];
    if (to) config[to] = value;
    else losses.push({ file, field: `modelParameters.${key}`, message: 'not carried: promptgit does not send it either' });
  }
  if (prompt.name !== undefined) config.name = prompt.name;
  if (prompt.description !== undefined) config.description = prompt.description;
  if (prompt.variables) config.variables = prompt.variables;
  if (prompt.testData?.length) losses.push({ file, field: 'testData', message: 'Langfuse prompts have no test rows (datasets are separate); not carried' });
  if (prompt.metadata) losses.push({ file, field: 'metadata', message: 'not carried: Langfuse prompts have tags and config only' });
  const major = /^(\d+)\.0\.0$/.exec(prompt.version ?? '')?.[1];
  if (prompt.version !== undefined && !major) losses.push({ file, field: 'version', message: `Langfuse numbers versions 1, 2, 3: ${prompt.version} is not carried (Langfuse numbers it when it is created)` });
  const out: Obj = {
    name: source.id,
    ...(major ? { version: Number(major) } : {}),
    type: text ? 'text' : 'chat',
    prompt: text ? messages[0]!.content : messages,
    config,
    labels: [...labels],
    tags: prompt.tags ?? [],
  };
  return { files: [{ file: `${source.id}.json`, content: `${JSON.stringify(out, null, 2)}\n` }], losses };
}

/** Langfuse replaces `{{name}}` only: a Mustache section, inverted section or comment would reach the model as text. */
function sectionLosses(messages: ReadonlyArray<{ content: string }>, file: string, losses: Loss[]): void {
  messages.forEach((m, i) => {
    const tag = /\{\{\s*([#^!&{=])/.exec(m.content);
    if (tag) losses.push({ file, field: `messages[${i}].content`, message: `Langfuse fills {{name}} only; the Mustache tag "{{${tag[1]}" would reach the model as text` });
  });
}
