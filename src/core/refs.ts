import semver from 'semver';
import { UsageError } from '../errors.js';
import { diffMessages as m } from '../messages/diff.js';
import { idProblem } from './ids.js';
import { promptMessages } from '../messages/prompts.js';

/** Which state of a prompt a reference names. */
export type RefTarget =
  | { kind: 'worktree' }
  | { kind: 'index' }
  | { kind: 'version'; version: string }
  | { kind: 'latest' }
  | { kind: 'range'; range: string }
  | { kind: 'rev'; rev: string };

/** A parsed prompt reference: `<id>`, `<id>@<version>`, `<id>@<range>`, `<id>@latest`, `<id>@<rev>`. */
export interface PromptRef {
  id: string;
  at: RefTarget;
  /** The reference as written, for messages. */
  text: string;
}

/** Refuses strings git could read as an option, or that no revision can be. */
export function checkRevision(rev: string): void {
  if (rev.startsWith('-')) throw new UsageError(m.refIsOption(rev), { hint: m.refGrammarHint });
  // eslint-disable-next-line no-control-regex
  if (rev === '' || /[\s\x00-\x1f\x7f]/.test(rev)) throw new UsageError(m.badRevision(rev), { hint: m.refGrammarHint });
}

/** Whether a word is a release version: strict semver, no "v" prefix. */
export function isVersion(word: string): boolean {
  return semver.valid(word) === word;
}

/**
 * Whether a word is a semver range of releases (`^1`, `~1.2`, `1.x`, `>=1.2 <2`). It must
 * carry an operator or a wildcard: a bare `1.2` or `v1.0` may be a branch or tag, so it stays
 * a revision (and an unknown one gets the "write the version in full" hint).
 */
export function isRange(word: string): boolean {
  return !isVersion(word) && semver.validRange(word) !== null && /^\s*[\^~<>=]|(^|\.)[xX*](\.|$)|\s|\|\|/.test(word);
}

/** What the part after `@` (or a bare word after an id in `diff`) names. */
export function parseTarget(spec: string): RefTarget {
  if (spec === 'latest') return { kind: 'latest' };
  if (isVersion(spec)) return { kind: 'version', version: spec };
  if (isRange(spec)) return { kind: 'range', range: spec };
  checkRevision(spec);
  return { kind: 'rev', rev: spec };
}

/**
 * Parses a prompt reference. Ids cannot contain "@", so the first "@" separates the id
 * from the version or revision (which may itself contain "@", as in `HEAD@{1}`).
 */
export function parseRef(text: string): PromptRef {
  if (text.startsWith('-')) throw new UsageError(m.refIsOption(text), { hint: m.refGrammarHint });
  const at = text.indexOf('@');
  const id = at === -1 ? text : text.slice(0, at);
  const problem = idProblem(id);
  if (problem) throw new UsageError(promptMessages.invalidId(id, problem), { hint: m.refGrammarHint });
  if (at === -1) return { id, at: { kind: 'worktree' }, text };
  const spec = text.slice(at + 1);
  if (spec === '') throw new UsageError(m.emptyAfterAt(text), { hint: m.refGrammarHint });
  return { id, at: parseTarget(spec), text };
}

/** How a target reads in output: `working tree`, `index`, `1.2.0`, `HEAD~1`. */
export function targetLabel(target: RefTarget): string {
  switch (target.kind) {
    case 'worktree':
      return 'working tree';
    case 'index':
      return 'index';
    case 'version':
      return target.version;
    case 'latest':
      return 'latest';
    case 'range':
      return target.range;
    case 'rev':
      return target.rev;
  }
}

/**
 * A release tag name written as a reference (`prompts/support/triage@1.2.0`, as `release`
 * prints it) names the release of `support/triage`. Only release targets are rewritten,
 * and only when the caller found no prompt under the prefixed id itself.
 */
export function withoutTagPrefix(ref: PromptRef, prefix: string): PromptRef {
  if (prefix === '' || !ref.id.startsWith(prefix)) return ref;
  if (ref.at.kind !== 'version' && ref.at.kind !== 'range' && ref.at.kind !== 'latest') return ref;
  const id = ref.id.slice(prefix.length);
  if (id === '' || idProblem(id) !== undefined) return ref;
  return { id, at: ref.at, text: ref.text.slice(prefix.length) };
}
