import { stringify } from 'yaml';
import { commonLosses } from '../common-losses.js';
import type { ExportResult, ExportSource, Loss } from '../types.js';
import { writeInputSchema } from './picoschema.js';

type Obj = Record<string, unknown>;

/** Where Dotprompt keeps a partial: `_name.prompt`, beside the prompts (`a/_b.prompt` for `a/b`). */
export function dotpromptPartialFile(name: string): string {
  const slash = name.lastIndexOf('/');
  return slash < 0 ? `_${name}.prompt` : `${name.slice(0, slash)}/_${name.slice(slash + 1)}.prompt`;
}

/**
 * Writes a prompt as a `.prompt` file: `model`, `config`, `input.schema` in Picoschema with
 * `input.default`, `output` from responseFormat, and a body of `{{role "…"}}` blocks. Mustache
 * sections, inverted sections and includes are Handlebars too, so the templates are kept as
 * they are; each partial the prompt includes is written as `_name.prompt`.
 */
export function serializeDotprompt(source: ExportSource): ExportResult {
  const { prompt, file } = source;
  const losses: Loss[] = commonLosses(source, 'dotprompt');
  const fm: Obj = {};
  if (prompt.name !== undefined) fm.name = prompt.name;
  if (prompt.description !== undefined) fm.description = prompt.description;
  if (prompt.model !== undefined) fm.model = prompt.model;
  const config: Obj = {};
  for (const [key, value] of Object.entries(prompt.modelParameters ?? {})) {
    if (key === 'maxTokens') config.maxOutputTokens = value;
    else if (key === 'temperature' || key === 'topP') config[key] = value;
    else losses.push({ file, field: `modelParameters.${key}`, message: 'not carried: promptgit does not send it either' });
  }
  if (Object.keys(config).length > 0) fm.config = config;
  if (prompt.variables && Object.keys(prompt.variables).length > 0) {
    const { schema, defaults } = writeInputSchema(prompt.variables);
    fm.input = { schema, ...(Object.keys(defaults).length > 0 ? { default: defaults } : {}) };
  }
  if (prompt.responseFormat === 'json_schema' && prompt.jsonSchema) {
    try {
      const parsed = JSON.parse(prompt.jsonSchema) as { schema?: unknown };
      fm.output = { format: 'json', schema: parsed.schema };
    } catch {
      losses.push({ file, field: 'jsonSchema', message: 'not valid JSON; not carried' });
    }
  } else if (prompt.responseFormat === 'json_object') fm.output = { format: 'json' };
  const metadata: Obj = { ...(prompt.metadata ?? {}) };
  if (prompt.tags) metadata.tags = prompt.tags;
  if (Object.keys(metadata).length > 0) fm.metadata = metadata;
  if (prompt.testData?.length) losses.push({ file, field: 'testData', message: 'Dotprompt files have no test rows; not carried (export to promptfoo to keep them)' });
  const body = prompt.messages
    .map((m, i) => {
      if (m.name !== undefined) losses.push({ file, field: `messages[${i}].name`, message: 'message names are not carried' });
      if (/\{\{=/.test(m.content)) losses.push({ file, field: `messages[${i}].content`, message: 'a Mustache delimiter change ({{=<% %>=}}) has no Handlebars equivalent' });
      return `{{role "${m.role}"}}\n${m.content}`;
    })
    .join('\n\n');
  const files = [{ file: `${source.id}.prompt`, content: `---\n${stringify(fm, { lineWidth: 0 })}---\n${body}\n` }];
  for (const [name, text] of included(source)) files.push({ file: dotpromptPartialFile(name), content: text.endsWith('\n') ? text : `${text}\n` });
  return { files, losses };
}

/** The partials a prompt includes, directly or through other partials. */
function included(source: ExportSource): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (text: string) => {
    for (const m of text.matchAll(/\{\{>\s*([^}\s]+)\s*\}\}/g)) {
      const name = m[1]!;
      const partial = source.partials.get(name);
      if (partial === undefined || found.has(name)) continue;
      found.set(name, partial);
      visit(partial);
    }
  };
  for (const m of source.prompt.messages) visit(m.content);
  return found;
}
