import { templateUses } from '../../core/template-uses.js';
import { templateFields, tryParse } from '../templates.js';
import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

export const rule: Rule = {
  meta: {
    id: 'unused-variable',
    description: 'Every variable declared in `variables` is used by a message template or a partial it includes.',
    defaultSeverity: 'warn',
    fixable: false,
    messages: { unused: 'Variable "{{name}}" is declared but no template uses it; use it or remove its declaration.' },
  },
  check(prompt, context) {
    const declared = validFields(prompt).fields.variables;
    if (!declared) return;
    // Any use counts, even inside a section: a nested name may well be the top-level one.
    // The templates are read raw, so a message with a bad role still counts as a use.
    const templates = templateFields(prompt).map((field) => field.text);
    const used = new Set(templateUses(templates, context.partials, tryParse).variables.map((use) => use.ref.name));
    for (const name of Object.keys(declared)) {
      if (!used.has(name)) context.report({ messageId: 'unused', data: { name }, at: ['variables', name], key: true });
    }
  },
};
