import { diffArrays } from 'diff';
import type { Message } from '../core/schema.js';
import { Changes, same, sameWords } from './values.js';

/** "system message" when the role is unique in the prompt, else "user message 3". */
function label(messages: readonly Message[], index: number): string {
  const role = messages[index]!.role;
  const unique = messages.filter((m) => m.role === role).length === 1;
  return unique ? `${role} message` : `${role} message ${index + 1}`;
}

function compareMessage(a: readonly Message[], i: number, b: readonly Message[], j: number, out: Changes): void {
  const x = a[i]!;
  const y = b[j]!;
  const at = `messages[${j}]`;
  if (x.role !== y.role) out.add('messages', `${at}.role`, 'changed', 'feature', `message ${j + 1} role ${x.role} -> ${y.role}`, x.role, y.role);
  if (x.name !== y.name) out.add('messages', `${at}.name`, 'changed', 'feature', `${label(b, j)}: name ${x.name ?? 'unset'} -> ${y.name ?? 'unset'}`, x.name, y.name);
  if (x.content !== y.content) {
    const whitespace = sameWords(x.content, y.content);
    out.add('messages', `${at}.content`, whitespace ? 'whitespace' : 'edited', whitespace ? 'fix' : 'feature', `${label(b, j)} ${whitespace ? 'whitespace changed' : 'edited'}`, x.content, y.content);
  }
}

/**
 * Compares the message lists. Messages are aligned by a longest-common-subsequence diff,
 * so inserting a message reads as one addition rather than every later message edited;
 * a removed run next to an added run is paired up position by position as edits.
 */
export function compareMessages(a: readonly Message[], b: readonly Message[], out: Changes): void {
  // The usual case, the same conversation shape with edits: compare position by position.
  if (a.length === b.length && a.every((m, i) => m.role === b[i]!.role)) {
    for (let i = 0; i < a.length; i++) compareMessage(a, i, b, i, out);
    return;
  }
  const parts = diffArrays([...a], [...b], { comparator: (x, y) => same(x, y) });
  let i = 0;
  let j = 0;
  for (let k = 0; k < parts.length; k++) {
    const part = parts[k]!;
    if (!part.added && !part.removed) {
      i += part.count;
      j += part.count;
      continue;
    }
    const next = parts[k + 1];
    const removed = part.removed ? part.count : next?.removed ? next.count : 0;
    const added = part.added ? part.count : next?.added ? next.count : 0;
    if (next && (next.added || next.removed) && next.added !== part.added) k++;
    const paired = Math.min(removed, added);
    for (let n = 0; n < paired; n++) compareMessage(a, i + n, b, j + n, out);
    for (let n = paired; n < removed; n++) out.add('messages', `messages[${i + n}]`, 'removed', 'feature', `-${label(a, i + n)}`, a[i + n], undefined);
    for (let n = paired; n < added; n++) out.add('messages', `messages[${j + n}]`, 'added', 'feature', `+${label(b, j + n)}`, undefined, b[j + n]);
    i += removed;
    j += added;
  }
}
