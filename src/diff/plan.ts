import { assertNotPastShallow, repositoryHasCommits as hasCommits, revisionCommit as resolveCommit, worktreeFilesOf } from '../store/index.js';
import { idProblem } from '../core/ids.js';
import { checkRevision, isVersion, parseRef, parseTarget, targetLabel, type PromptRef, type RefTarget } from '../core/refs.js';
import { GitError, UsageError } from '../errors.js';
import { diffMessages as m } from '../messages/diff.js';

/** What `promptgit diff` compares: every changed prompt between two states, or one pair of prompt refs. */
export type DiffPlan =
  | { mode: 'all'; from: RefTarget; to: RefTarget; fromText: string; toText: string }
  | { mode: 'one'; from: PromptRef; to: PromptRef; /** Written as a bare word that may be a typo of a revision. */ bare?: boolean };

const HEAD: RefTarget = { kind: 'rev', rev: 'HEAD' };

function ref(id: string, at: RefTarget): PromptRef {
  return { id, at, text: at.kind === 'worktree' ? id : `${id}@${targetLabel(at)}` };
}

/**
 * Reads diff's positional arguments (docs/diff.md has the grammar). A bare word is a prompt
 * id when that prompt exists in the working tree, else a revision; `--staged` makes the
 * working-tree side the index.
 */
export async function planDiff(root: string, args: readonly string[], staged: boolean): Promise<DiffPlan> {
  for (const arg of args) if (arg.startsWith('-')) throw new UsageError(m.refIsOption(arg), { hint: m.refGrammarHint });
  if (args.length > 3) throw new UsageError(m.tooManyRefs);
  const current: RefTarget = staged ? { kind: 'index' } : { kind: 'worktree' };
  const isPrompt = (word: string) => !word.includes('@') && idProblem(word) === undefined && worktreeFilesOf(root, word).length > 0;
  const [first, second, third] = args;
  if (first === undefined) return { mode: 'all', from: HEAD, to: current, fromText: 'HEAD', toText: staged ? 'index' : 'working tree' };
  if (first.includes('@') || isPrompt(first)) {
    const a = parseRef(first);
    if (second === undefined) {
      const from = a.at.kind === 'worktree' ? ref(a.id, HEAD) : a;
      return { mode: 'one', from, to: ref(a.id, current) };
    }
    if (staged) throw new UsageError(m.stagedWithRefs);
    if (a.at.kind === 'worktree' && !second.includes('@')) {
      // `diff <id> <x> [<y>]`: both are states of that prompt.
      const from = ref(a.id, parseTarget(second));
      return { mode: 'one', from, to: third === undefined ? ref(a.id, current) : ref(a.id, parseTarget(third)) };
    }
    if (third !== undefined) throw new UsageError(m.tooManyRefs);
    const b = second.includes('@') || (isPrompt(second) && !isVersion(second)) ? parseRef(second) : ref(a.id, parseTarget(second));
    return { mode: 'one', from: a, to: b };
  }
  if (third !== undefined) throw new UsageError(m.tooManyRefs);
  const from = await revisionWord(root, first);
  if (!from) {
    await assertHasCommits(root);
    // Not a revision: a prompt that is gone from the working tree (shown as removed), or a typo.
    if (second !== undefined || idProblem(first) !== undefined) return notARevision(root, first);
    return { mode: 'one', from: ref(first, HEAD), to: ref(first, current), bare: true };
  }
  if (second === undefined) return { mode: 'all', from, to: current, fromText: first, toText: staged ? 'index' : 'working tree' };
  if (staged) throw new UsageError(m.stagedWithRefs);
  const to = await revisionWord(root, second);
  if (!to) await assertHasCommits(root);
  if (!to) return notARevision(root, second);
  return { mode: 'all', from, to, fromText: first, toText: second };
}

/** A word that names no commit; in a shallow clone it may name one older than the history fetched. */
async function notARevision(root: string, word: string): Promise<never> {
  await assertNotPastShallow(root, word);
  throw new UsageError(m.notAPromptOrRevision(word), { hint: m.notAPromptOrRevisionHint });
}

/** No revision resolves in a repository without commits: say that, rather than blame the word. */
async function assertHasCommits(root: string): Promise<void> {
  if (!(await hasCommits(root))) throw new GitError(m.noCommits, { hint: m.noCommitsHint });
}

/** A bare word as a revision (for the every-prompt forms), or undefined when no commit has that name. */
async function revisionWord(root: string, word: string): Promise<RefTarget | undefined> {
  if (isVersion(word) || word === 'latest') throw new UsageError(m.versionNeedsId(word), { hint: m.refGrammarHint });
  checkRevision(word);
  return (await resolveCommit(root, word)) ? { kind: 'rev', rev: word } : undefined;
}
