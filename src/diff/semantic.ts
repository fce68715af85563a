import { contractOf } from '../core/contract.js';
import { compareChecks, compareExtensions, compareMetadata, compareModel } from './compare-fields.js';
import { compareMessages } from './compare-messages.js';
import { comparePartials } from './compare-partials.js';
import { compareVariables } from './compare-variables.js';
import { sameComments } from './format.js';
import { LEVELS, type Change, type DiffLevel, type PromptDiff, type PromptSide, type SideInfo } from './types.js';
import { Changes } from './values.js';

/** The highest level among changes (`none` for no changes). */
export function highestLevel(changes: readonly Pick<Change, 'level'>[]): DiffLevel {
  let best = LEVELS.length - 1;
  for (const change of changes) best = Math.min(best, LEVELS.indexOf(change.level));
  return LEVELS[best]!;
}

function info(side: PromptSide): SideInfo {
  const version = side.data?.version ?? (side.raw as { version?: unknown } | undefined)?.version;
  return {
    id: side.id,
    file: side.file,
    ...(side.ref === undefined ? {} : { ref: side.ref }),
    ...(side.commit === undefined ? {} : { commit: side.commit }),
    ...(typeof version === 'string' ? { version } : {}),
  };
}

function record(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

/** Field-by-field changes between two valid files, plus comment/format-only edits. */
function compareFiles(a: PromptSide, b: PromptSide, out: Changes): void {
  const x = a.data!;
  const y = b.data!;
  compareMetadata(x, y, out);
  compareModel(x, y, out);
  compareVariables(contractOf(x, a.partials), contractOf(y, b.partials), out);
  compareMessages(x.messages, y.messages, out);
  comparePartials(
    { templates: x.messages.map((m) => m.content), partials: a.partials },
    { templates: y.messages.map((m) => m.content), partials: b.partials },
    out,
  );
  compareChecks(x, y, out);
  compareExtensions(record(a.raw), record(b.raw), out);
  if (a.text === b.text) return;
  const comments = !sameComments(a.text, b.text);
  if (comments) out.add('format', '', 'comments', 'fix', 'comments edited');
  // A version bump alone is release bookkeeping (shown as the sides' versions), not a change.
  else if (out.list.length === 0 && x.version === y.version) out.add('format', '', 'formatting', 'fix', 'formatting only (same fields and values)');
}

/**
 * The semantic diff of one prompt between two sides (either may be absent: the prompt was
 * added or removed). Pure: the sides carry everything it needs. Each change is classified
 * by its effect on callers, and the prompt's level is the highest of its changes.
 */
export function semanticDiff(before: PromptSide | undefined, after: PromptSide | undefined): PromptDiff {
  if (!before && !after) throw new TypeError('semanticDiff needs at least one side');
  const out = new Changes();
  const id = (after ?? before)!.id;
  let status: PromptDiff['status'] = 'modified';
  if (!before) {
    status = 'added';
    out.add('prompt', '', 'added', 'feature', 'prompt added');
    if (!after!.data) out.add('prompt', '', 'invalid', 'breaking', `invalid file (run "promptgit lint ${id}")`);
  } else if (!after) {
    status = 'removed';
    out.add('prompt', '', 'removed', 'breaking', 'prompt removed');
  } else {
    if (before.id !== after.id) {
      status = 'renamed';
      out.add('prompt', '', 'renamed', 'breaking', `renamed from ${before.id}`, before.id, after.id);
    } else if (before.file !== after.file) {
      out.add('prompt', '', 'renamed', 'fix', `file moved from ${before.file}`, before.file, after.file);
    }
    if (!after.data) {
      if (after.text !== before.text || before.data) out.add('prompt', '', 'invalid', 'breaking', `invalid file (run "promptgit lint ${id}")`);
    } else if (!before.data) {
      out.add('prompt', '', 'invalid', 'feature', 'fixed: the file was invalid');
    } else {
      compareFiles(before, after, out);
    }
    if (status === 'modified' && out.list.length === 0) status = 'unchanged';
  }
  return {
    id,
    ...(before ? { from: info(before) } : {}),
    ...(after ? { to: info(after) } : {}),
    status,
    level: highestLevel(out.list),
    changes: out.list,
  };
}
