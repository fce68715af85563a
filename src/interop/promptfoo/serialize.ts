import { stringify } from 'yaml';
import { parseTemplate } from '../../core/template.js';
import { commonLosses } from '../common-losses.js';
import { inlinePartials } from '../inline-partials.js';
import type { ExportResult, ExportSource, Loss } from '../types.js';
import { evaluatorAsserts } from './asserts.js';

/**
 * A `promptfooconfig.yaml` for one prompt: the messages as a chat prompt, the model as the
 * provider (`openai/gpt-4o-mini` -> `openai:gpt-4o-mini`) with its parameters, one test per
 * testData row, and the evaluators that map as `defaultTest` assertions. promptfoo fills
 * `{{name}}` with Nunjucks: Mustache sections do not carry.
 */
export function serializePromptfoo(source: ExportSource): ExportResult {
  const { prompt, file } = source;
  const losses: Loss[] = commonLosses(source, 'promptfoo');
  const messages = prompt.messages.map((m, i) => {
    const content = inlinePartials(m.content, source.partials, file, `messages[${i}].content`, losses);
    sectionLosses(content, file, `messages[${i}].content`, losses);
    return { role: m.role, content };
  });
  const config: Record<string, unknown> = {
    description: prompt.description ?? prompt.name ?? source.id,
    prompts: [{ id: 'file://prompt.json', label: source.id }],
  };
  if (prompt.model !== undefined) {
    const providerConfig: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(prompt.modelParameters ?? {})) {
      const to = { temperature: 'temperature', topP: 'top_p', maxTokens: 'max_tokens' }[key];
      if (to) providerConfig[to] = value;
      else losses.push({ file, field: `modelParameters.${key}`, message: 'not carried: promptgit does not send it either' });
    }
    config.providers = [{ id: prompt.model.replace('/', ':'), ...(Object.keys(providerConfig).length > 0 ? { config: providerConfig } : {}) }];
  } else losses.push({ file, field: 'model', message: 'the prompt names no model; add a provider to promptfooconfig.yaml' });
  const asserts = evaluatorAsserts(prompt.evaluators ?? [], file, losses);
  if (asserts.length > 0) config.defaultTest = { assert: asserts };
  const defaults = Object.fromEntries(Object.entries(prompt.variables ?? {}).flatMap(([n, s]) => (s.default === undefined ? [] : [[n, s.default]])));
  if (Object.keys(defaults).length > 0) config.defaultTest = { ...(config.defaultTest as object), vars: defaults };
  if (prompt.variables) losses.push({ file, field: 'variables', message: 'promptfoo does not check variable types; the contract is not carried (defaults are, as defaultTest vars)' });
  config.tests = (prompt.testData ?? []).map((row, i) => ({ description: `testData[${i}]`, vars: row }));
  // A folder per prompt: promptfoo finds promptfooconfig.yaml by its name, so two prompts cannot share one.
  return {
    files: [
      { file: `${source.id}/promptfooconfig.yaml`, content: stringify(config, { lineWidth: 0 }) },
      { file: `${source.id}/prompt.json`, content: `${JSON.stringify(messages, null, 2)}\n` },
    ],
    losses,
  };
}

/** Sections, inverted sections and includes are Mustache only: Nunjucks would print or refuse them. */
function sectionLosses(content: string, file: string, field: string, losses: Loss[]): void {
  try {
    const info = parseTemplate(content);
    const section = info.variables.find((v) => v.kind === 'section' || v.kind === 'inverted');
    if (section) losses.push({ file, field, message: `the Mustache section "{{#${section.path}}}" has no Nunjucks form in promptfoo; rewrite it as {% if %} or {% for %}` });
  } catch {
    // lint reports a template that does not parse
  }
}
