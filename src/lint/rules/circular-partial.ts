import { locateInScalar } from '../../core/positions.js';
import { templateFields, tryParse } from '../templates.js';
import type { Rule } from '../types.js';

/** A path of partials from `start` back to one already on the path, if there is one. */
function findCycle(start: string, partials: ReadonlyMap<string, string>, path: string[] = []): string[] | undefined {
  if (path.includes(start)) return [...path.slice(path.indexOf(start)), start];
  const text = partials.get(start);
  if (text === undefined) return undefined;
  for (const ref of tryParse(text)?.partials ?? []) {
    const cycle = findCycle(ref.name, partials, [...path, start]);
    if (cycle) return cycle;
  }
  return undefined;
}

export const rule: Rule = {
  meta: {
    id: 'circular-partial',
    description: 'Partials do not include each other in a cycle, which would never finish rendering.',
    defaultSeverity: 'error',
    fixable: false,
    messages: { cycle: 'Partial "{{name}}" includes itself: {{cycle}}. Break the cycle by removing one of the includes.' },
  },
  check(prompt, context) {
    for (const field of templateFields(prompt)) {
      for (const partial of tryParse(field.text)?.partials ?? []) {
        const cycle = findCycle(partial.name, context.partials);
        if (!cycle) continue;
        const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, partial.start, partial.end);
        context.report({ messageId: 'cycle', data: { name: cycle[0]!, cycle: cycle.join(' -> ') }, span });
      }
    }
  },
};
