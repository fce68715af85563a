import { highestLevel } from './semantic.js';
import { inlineDiff, type InlinePart } from './inline.js';
import type { Change, DiffLevel, PromptDiff } from './types.js';

/** The `--json` document (docs/diff.md): stable keys, one entry per changed prompt. */
export interface DiffJson {
  from: string;
  to: string;
  level: DiffLevel;
  prompts: (PromptDiff & { changes: (Change & { inline?: InlinePart[] })[] })[];
}

export function diffJson(diffs: readonly PromptDiff[], from: string, to: string): DiffJson {
  return {
    from,
    to,
    level: highestLevel(diffs.flatMap((d) => d.changes)),
    prompts: diffs.map((d) => ({
      ...d,
      changes: d.changes.map((change) =>
        change.kind === 'edited' && typeof change.before === 'string' && typeof change.after === 'string' ? { ...change, inline: inlineDiff(change.before, change.after) } : change,
      ),
    })),
  };
}
