import { parseTemplate } from '../core/template.js';
import type { Loss } from './types.js';

/**
 * A template with its `{{> name}}` includes replaced by the partials' text (nested ones too),
 * for a format without partials: the prompt renders the same, and each include is a loss,
 * since the file no longer shares the partial with the prompts that include it.
 */
export function inlinePartials(template: string, partials: ReadonlyMap<string, string>, file: string, field: string, losses: Loss[], depth = 0): string {
  let refs: ReturnType<typeof parseTemplate>['partials'];
  try {
    refs = parseTemplate(template).partials;
  } catch {
    return template;
  }
  if (refs.length === 0 || depth > 100) return template;
  let out = '';
  let at = 0;
  for (const ref of refs) {
    out += template.slice(at, ref.start);
    const text = partials.get(ref.name);
    if (text === undefined) out += template.slice(ref.start, ref.end);
    else {
      if (depth === 0) losses.push({ file, field, message: `the partial "${ref.name}" was written inline: the target format has no partials` });
      out += inlinePartials(text.replace(/\n$/, ''), partials, file, field, losses, depth + 1);
    }
    at = ref.end;
  }
  return out + template.slice(at);
}
