import { goValue } from './go-format.js';

/**
 * gh models eval's templating of evaluator text: each `{{key}}` of the data is replaced
 * literally (no mustache: `{{ key }}` with spaces, sections and unknown names stay as
 * written), a non-string value as Go's %v prints it. gh went through its data map in Go's
 * random order; here it is the data's own order, so a value that itself holds a placeholder
 * gives the same text on every run.
 */
export function templateText(text: string, data: Readonly<Record<string, unknown>>): string {
  if (!text.includes('{{')) return text;
  let out = text;
  for (const [key, value] of Object.entries(data)) {
    const placeholder = `{{${key}}}`;
    if (out.includes(placeholder)) out = out.split(placeholder).join(goValue(value));
  }
  return out;
}
