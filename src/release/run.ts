import path from 'node:path';
import { readFileSync } from 'node:fs';
import { ProblemsError, PromptgitError, UsageError } from '../errors.js';
import { WORKTREE, folderPathspecs, listWorktreePartials, promptFolders, readConfig, readPartialsAt } from '../store/index.js';
import { releaseTagsOf } from '../core/release-tags.js';
import { findRepoRoot, gitPaths, hasCommits, listTags, statusUnder } from '../git/index.js';
import { releaseText } from '../messages/release.js';
import { applyRelease, type AppliedRelease } from './apply.js';
import type { BumpKind } from './bump.js';
import { preIdProblem } from './bump.js';
import { CHANGELOG_FILE, addEntries } from './changelog.js';
import { checkTagsFree, commitMessage, dirtyFiles } from './checks.js';
import { gatherCandidates } from './inputs.js';
import { guardInterrupts } from './interrupt.js';
import { assertLintPasses } from './lint-gate.js';
import { acquireReleaseLock } from './lock.js';
import { planRelease, type ReleasePlan } from './plan.js';
import { selectPrompts } from './select.js';

export interface ReleaseOptions {
  cwd: string;
  ids?: readonly string[];
  all?: boolean;
  bump?: BumpKind;
  pre?: string;
  dryRun?: boolean;
  message?: string;
  /** false with --no-commit: write the files, make no commit and no tags. */
  commit?: boolean;
  allowDirty?: boolean;
  /** YYYY-MM-DD for the changelog; today by default. */
  date?: string;
}

export interface ReleaseResult {
  root: string;
  plan: ReleasePlan;
  dryRun: boolean;
  committed: boolean;
  applied?: AppliedRelease;
  /** Files written (prompt files and the changelog). */
  files: string[];
  /** A dry run on a dirty tree: what a release would refuse, shown as a warning. */
  dirty?: ProblemsError;
}

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function readText(root: string, file: string): string | undefined {
  try {
    return readFileSync(path.join(root, file), 'utf8');
  } catch {
    return undefined;
  }
}

/**
 * `promptgit release` without the printing: checks, plans and (unless dry-run) applies a
 * release under the repository's release lock. Throws typed errors; on any failure
 * after writing starts, the repository is restored (see ./apply.ts).
 */
export async function runRelease(options: ReleaseOptions): Promise<ReleaseResult> {
  if (options.pre !== undefined) {
    const problem = preIdProblem(options.pre);
    if (problem) throw new UsageError(releaseText.badPre(options.pre, problem));
  }
  const root = await findRepoRoot(options.cwd);
  if (!(await hasCommits(root))) throw new PromptgitError(releaseText.noCommits(root), { hint: releaseText.noCommitsHint });
  const config = readConfig(root);
  const dryRun = options.dryRun === true;
  const paths = await gitPaths(root);
  // git would refuse the partial commit mid-merge; a rebase or cherry-pick would take it into its own work.
  if (paths.inProgress) throw new PromptgitError(releaseText.inProgress(paths.inProgress), { hint: releaseText.inProgressHint(paths.inProgress) });
  const lock = dryRun ? undefined : acquireReleaseLock(paths.commonDir);
  const interrupts = guardInterrupts();
  try {
    const prompts = selectPrompts(root, options.ids ?? [], options.all === true);
    const status = await statusUnder(root, folderPathspecs(promptFolders(root)));
    // A dry run plans from the working tree as it is and warns; a release refuses.
    const dirty = dirtyFiles(status, [...prompts.map((p) => p.file), CHANGELOG_FILE], options.allowDirty === true);
    if (dirty && !dryRun) throw dirty;
    await assertLintPasses(root, prompts);
    interrupts.check();
    const tagRefs = await listTags(root, config.tagPrefix);
    const releases = releaseTagsOf(config.tagPrefix, tagRefs);
    const changelog = readText(root, CHANGELOG_FILE);
    const usesPartials = prompts.some((p) => p.text.includes('{{>'));
    const partials = usesPartials ? (await readPartialsAt(root, WORKTREE, listWorktreePartials(root))).texts : new Map<string, string>();
    const candidates = await gatherCandidates(root, prompts, releases, partials, changelog);
    const plan = planRelease(candidates, { bump: options.bump, pre: options.pre, initialVersion: config.initialVersion, tagPrefix: config.tagPrefix, date: options.date ?? today(), message: options.message });
    checkTagsFree(plan.entries, tagRefs.map((t) => t.name));
    const result: ReleaseResult = { root, plan, dryRun, committed: false, files: [], ...(dirty ? { dirty: new ProblemsError(dirty.message, dirty.problems, { hint: releaseText.dryRunDirtyHint }) } : {}) };
    if (dryRun || plan.entries.length === 0) return result;
    interrupts.check();
    const fresh = plan.entries.filter((e) => e.content !== undefined);
    const files = fresh.map((e) => ({ file: e.file, content: e.content! }));
    if (fresh.length > 0) {
      const entries = fresh.map((e) => ({ id: e.id, version: e.to, date: options.date ?? today(), changes: e.changes, message: options.message, first: e.from === undefined }));
      files.push({ file: CHANGELOG_FILE, content: addEntries(changelog, entries) });
    }
    const commit = options.commit === false ? undefined : { message: commitMessage(fresh.length > 0 ? fresh : plan.entries, options.message), tags: plan.entries.map((e) => ({ name: e.tag, message: `${e.id}@${e.to}\n\n${e.changelog}` })) };
    result.applied = await applyRelease({ root, files, ...(commit ? { commit } : {}) });
    result.committed = commit !== undefined && files.length > 0;
    result.files = files.map((f) => f.file);
    return result;
  } finally {
    interrupts.dispose();
    lock?.release();
  }
}
