import type { Loss } from '../types.js';

/**
 * Jinja2 constructs Mustache does not have, found in a body that Prompty renders with Jinja2:
 * statements (`{% if %}`), comments (`{# #}`), filters (`{{ x | upper }}`), calls, indexing
 * and expressions. `{{ name }}` and `{{ a.b }}` read the same in both and are not reported.
 */
const STATEMENT = /\{%-?\s*(\w+)?[\s\S]*?-?%\}/g;
const COMMENT = /\{#[\s\S]*?#\}/g;
const EXPRESSION = /\{\{-?\s*([\s\S]*?)\s*-?\}\}/g;
const PLAIN = /^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/;

export function jinjaLosses(text: string, firstLine: number, file: string, field: string): Loss[] {
  const losses: Loss[] = [];
  const lineAt = (offset: number) => firstLine + (text.slice(0, offset).match(/\n/g)?.length ?? 0);
  for (const m of text.matchAll(STATEMENT)) losses.push({ file, line: lineAt(m.index), field, message: `the Jinja2 statement "{% ${m[1] ?? ''} %}" has no Mustache equivalent; it is kept as text, rewrite it as a section` });
  for (const m of text.matchAll(COMMENT)) losses.push({ file, line: lineAt(m.index), field, message: 'a Jinja2 comment "{# #}" is kept as text' });
  for (const m of text.matchAll(EXPRESSION)) {
    const inner = m[1]!;
    // Mustache's own tags ({{#x}}, {{/x}}, {{^x}}, {{> x}}, {{&x}}, {{!x}}, {{{x}}}) are fine.
    if (/^[#/^>&!{]/.test(inner) || PLAIN.test(inner)) continue;
    losses.push({ file, line: lineAt(m.index), field, message: `the Jinja2 expression "{{ ${inner.slice(0, 40)} }}" has no Mustache equivalent (filters, calls, operators); it will not render as Jinja2 would` });
  }
  return losses.sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
}

/** `{{ name }}` as Mustache writes it (`{{name}}`): the same variable either way. */
export function tidyPlainTags(text: string): string {
  return text.replace(/\{\{-?\s+([A-Za-z_][A-Za-z0-9_.]*)\s+-?\}\}/g, '{{$1}}');
}
