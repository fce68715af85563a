import { locateInScalar } from '../../core/positions.js';
import { templateFields, tryParse } from '../templates.js';
import type { Rule } from '../types.js';

/**
 * A path of partials from `start` back to one already on the path, if there is one. `done`
 * holds partials already explored without finding a cycle: without it, partials that
 * include each other in a lattice would be walked once per path, exponentially many.
 */
function findCycle(start: string, partials: ReadonlyMap<string, string>, done: Set<string>, path: string[] = []): string[] | undefined {
  if (path.includes(start)) return [...path.slice(path.indexOf(start)), start];
  const text = partials.get(start);
  if (text === undefined || done.has(start)) return undefined;
  for (const ref of tryParse(text)?.partials ?? []) {
    const cycle = findCycle(ref.name, partials, done, [...path, start]);
    if (cycle) return cycle;
  }
  done.add(start);
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
    const cycles = new Map<string, string[] | undefined>();
    const done = new Set<string>();
    for (const field of templateFields(prompt)) {
      for (const partial of tryParse(field.text)?.partials ?? []) {
        if (!cycles.has(partial.name)) cycles.set(partial.name, findCycle(partial.name, context.partials, done));
        const cycle = cycles.get(partial.name);
        if (!cycle) continue;
        const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, partial.start, partial.end);
        context.report({ messageId: 'cycle', data: { name: cycle[0]!, cycle: cycle.join(' -> ') }, span });
      }
    }
  },
};
