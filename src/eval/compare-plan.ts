import { parseRef } from '../core/refs.js';
import { assertValid } from '../core/valid.js';
import { InputError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { findPromptAt } from '../store/index.js';
import { modelOf, type PlanOptions } from './plan.js';
import type { PlannedTarget } from './run.js';
import type { NamedPrompt } from './targets.js';

/** The other side of a comparison: the prompt at `ref`, run on the current version's rows. */
export interface BaselineTarget {
  /** The current target it is compared with. */
  key: string;
  /** undefined when the prompt is not at `ref`: every row is new. */
  target?: PlannedTarget;
  oldRows?: readonly unknown[];
}

export function baselineKey(key: string): string {
  return `${key}\0before`;
}

/**
 * Reads each prompt at `ref` (by id, renames followed as everywhere) and plans the current
 * rows on it. A file outside the prompt folders has no id to read at another revision.
 */
export async function planBaselines(root: string, ref: string, prompts: readonly NamedPrompt[], current: readonly PlannedTarget[], options: PlanOptions): Promise<BaselineTarget[]> {
  const out: BaselineTarget[] = [];
  for (const [i, named] of prompts.entries()) {
    const now = current[i]!;
    if (!named.byId) throw new InputError(m.compareNeedsId(named.label), { file: named.prompt.file, hint: m.compareNeedsIdHint });
    const at = await findPromptAt(root, parseRef(`${named.id}@${ref}`));
    if (!at) {
      out.push({ key: now.key });
      continue;
    }
    assertValid(at.prompt);
    const old = { ...named, prompt: at.prompt, partials: at.partials };
    out.push({
      key: now.key,
      target: { ...now, key: baselineKey(now.key), prompt: at.prompt, partials: at.partials, model: options.model ?? at.prompt.data.model ?? modelOf(old, options) },
      oldRows: at.prompt.data.testData ?? [],
    });
  }
  return out;
}
