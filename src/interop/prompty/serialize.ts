import { stringify } from 'yaml';
import { inlinePartials } from '../inline-partials.js';
import type { ExportResult, ExportSource, Loss } from '../types.js';
import { commonLosses } from '../common-losses.js';

type Obj = Record<string, unknown>;

/**
 * Writes a prompt as a `.prompty` file in the v2 specification's shape: `model` with `id`,
 * `provider` and `options`, `inputs` with `kind`, `description`, `required`, `default`,
 * `enumValues` and `sample` (from the first testData row), `template: { format: mustache }`
 * and a body of role lines. A `developer` message is written as `system:`, Prompty's nearest.
 */
export function serializePrompty(source: ExportSource): ExportResult {
  const { prompt, file } = source;
  const losses: Loss[] = commonLosses(source, 'prompty');
  const fm: Obj = {};
  if (prompt.name !== undefined) fm.name = prompt.name;
  if (prompt.description !== undefined) fm.description = prompt.description;
  if (prompt.version !== undefined) fm.version = prompt.version;
  const metadata: Obj = { ...(prompt.metadata ?? {}) };
  if (prompt.tags) metadata.tags = prompt.tags;
  if (Object.keys(metadata).length > 0) fm.metadata = metadata;
  if (prompt.model !== undefined || prompt.modelParameters) {
    const model: Obj = {};
    if (prompt.model !== undefined) {
      const slash = prompt.model.indexOf('/');
      if (slash > 0) Object.assign(model, { id: prompt.model.slice(slash + 1), provider: prompt.model.slice(0, slash) });
      else model.id = prompt.model;
    }
    const options: Obj = {};
    for (const [key, value] of Object.entries(prompt.modelParameters ?? {})) {
      if (['temperature', 'topP', 'maxTokens'].includes(key)) options[key] = value;
      else losses.push({ file, field: `modelParameters.${key}`, message: 'not carried: promptgit does not send it either' });
    }
    if (Object.keys(options).length > 0) model.options = options;
    fm.model = model;
  }
  const row = prompt.testData?.[0] ?? {};
  if (prompt.variables) {
    const inputs: Obj = {};
    for (const [name, spec] of Object.entries(prompt.variables)) {
      const input: Obj = { kind: spec.type };
      if (spec.description !== undefined) input.description = spec.description;
      if (spec.required !== undefined) input.required = spec.required;
      if (spec.default !== undefined) input.default = spec.default;
      if (spec.enum) input.enumValues = spec.enum;
      if (Object.hasOwn(row, name)) input.sample = row[name];
      inputs[name] = input;
    }
    fm.inputs = inputs;
  } else if (Object.keys(row).length > 0) {
    fm.sample = Object.fromEntries(Object.entries(row).filter(([k]) => k !== 'expected'));
  }
  if ((prompt.testData?.length ?? 0) > 1) losses.push({ file, field: 'testData', message: `only the first of ${prompt.testData!.length} rows is carried, as samples` });
  if (Object.hasOwn(row, 'expected')) losses.push({ file, field: 'testData[0].expected', message: 'Prompty has no expected output; not carried' });
  fm.template = { format: 'mustache', parser: 'prompty' };
  const body = prompt.messages
    .map((m, i) => {
      if (m.role === 'developer') losses.push({ file, field: `messages[${i}].role`, message: 'Prompty has no "developer" role; written as "system"' });
      if (m.name !== undefined) losses.push({ file, field: `messages[${i}].name`, message: 'message names are not carried' });
      const role = m.role === 'developer' ? 'system' : m.role;
      return `${role}:\n${inlinePartials(m.content, source.partials, file, `messages[${i}].content`, losses)}`;
    })
    .join('\n\n');
  const text = `---\n${stringify(fm, { lineWidth: 0 })}---\n${body}\n`;
  return { files: [{ file: `${source.id}.prompty`, content: text }], losses };
}
