import { locateInScalar } from '../../core/positions.js';
import { didYouMean } from '../../core/suggest.js';
import { partialClosure, templateFields, tryParse } from '../templates.js';
import type { Rule } from '../types.js';

/**
 * A name used at the top level of a template (or of a partial it includes) must be declared.
 * Inside a section a name may be a field of the section's item, which cannot be checked.
 */
export const rule: Rule = {
  meta: {
    id: 'undefined-variable',
    description: 'Every variable a template uses is declared in `variables` (checked only where `variables` is declared).',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      undefined: '"{{name}}" is used but not declared in variables.{{hint}}',
      inPartial: 'Partial "{{partial}}" uses "{{name}}", which is not declared in variables.{{hint}}',
    },
  },
  check(prompt, context) {
    const declared = prompt.data?.variables;
    if (!declared) return;
    const names = Object.keys(declared);
    const hint = (name: string) => didYouMean(name, names) || ` Add it under variables, or remove it from the template.`;
    for (const field of templateFields(prompt)) {
      const info = tryParse(field.text);
      if (!info) continue;
      const where = (start: number, end: number) => locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, start, end);
      for (const ref of info.variables) {
        if (ref.sections.length > 0 || Object.hasOwn(declared, ref.name)) continue;
        context.report({ messageId: 'undefined', data: { name: ref.name, hint: hint(ref.name) }, span: where(ref.start, ref.end) });
      }
      for (const partial of info.partials) {
        const reported = new Set<string>();
        for (const name of partialClosure([partial.name], context.partials)) {
          for (const ref of tryParse(context.partials.get(name) ?? '')?.variables ?? []) {
            if (ref.sections.length > 0 || Object.hasOwn(declared, ref.name) || reported.has(ref.name)) continue;
            reported.add(ref.name);
            context.report({ messageId: 'inPartial', data: { partial: name, name: ref.name, hint: hint(ref.name) }, span: where(partial.start, partial.end) });
          }
        }
      }
    }
  },
};
