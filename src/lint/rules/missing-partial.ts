import { locateInScalar } from '../../core/positions.js';
import { didYouMean } from '../../core/suggest.js';
import { partialClosure, templateFields, tryParse } from '../templates.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'missing-partial',
    description: 'Every `{{> name}}` names a partial in `.prompts/_partials/<name>.md`, including partials included by partials.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      missing: 'Partial "{{name}}" does not exist: create .prompts/_partials/{{name}}.md.{{hint}}',
      nested: 'Partial "{{via}}" includes "{{name}}", which does not exist: create .prompts/_partials/{{name}}.md.',
    },
  },
  check(prompt, context) {
    for (const field of templateFields(prompt)) {
      for (const partial of tryParse(field.text)?.partials ?? []) {
        const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, partial.start, partial.end);
        if (!context.partials.has(partial.name)) {
          context.report({ messageId: 'missing', data: { name: partial.name, hint: didYouMean(partial.name, context.partials.keys()) }, span });
          continue;
        }
        for (const via of partialClosure([partial.name], context.partials)) {
          for (const ref of tryParse(context.partials.get(via) ?? '')?.partials ?? []) {
            if (!context.partials.has(ref.name)) context.report({ messageId: 'nested', data: { via, name: ref.name }, span });
          }
        }
      }
    }
  },
};
