import { locateInScalar } from '../../core/positions.js';
import { didYouMean } from '../../core/suggest.js';
import { fieldUses, firstTime, templateFields } from '../templates.js';
import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

/**
 * A name used at the top level of a template (or of a partial it includes) must be declared.
 * Inside a section, or in a partial included inside one, a name may be a field of the
 * section's item, which cannot be checked. Render refuses exactly these names.
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
    const declared = validFields(prompt).fields.variables;
    if (!declared) return;
    const names = Object.keys(declared);
    const hint = (name: string) => didYouMean(name, names) || ` Add it under variables, or remove it from the template.`;
    const fields = templateFields(prompt);
    const first = firstTime();
    for (const use of fieldUses(fields, context.partials).variables) {
      const name = use.ref.name;
      if (use.inSection || Object.hasOwn(declared, name)) continue;
      // A partial's name once per include, however often the partial uses it.
      if (use.partial !== undefined && !first(use.message, use.start, use.partial, name)) continue;
      const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, fields[use.message]!.path, use.start, use.end);
      if (use.partial === undefined) context.report({ messageId: 'undefined', data: { name, hint: hint(name) }, span });
      else context.report({ messageId: 'inPartial', data: { partial: use.partial, name, hint: hint(name) }, span });
    }
  },
};
