import type { Diagnostic } from '../core/diagnostics.js';
import { WORKTREE, listWorktree, readConfigText, readPartialsAt, type PromptFolders } from '../store/index.js';
import { filesById, named, resolveTargets, type Targets } from './targets.js';
import type { LintEntry, Selection } from './task.js';

/** What a lint run reads: from the working tree, or from the index with --staged. */
export interface LintInput {
  /** The text of `.prompts/_config.yaml`, when there is one. */
  configText?: string;
  /** The prompts to read and lint, in path order; read one at a time, so a large repository is never held in memory at once. */
  entries: LintEntry[];
  /** When the run was narrowed by arguments or --staged: which of the entries are linted. */
  select?: Selection;
  allIds: string[];
  partials: Map<string, string>;
  /** Problems that belong to no prompt being linted: a bad file name, an unreadable partial. */
  diagnostics: Diagnostic[];
  /** The prompt folders the prompts were listed from. */
  folders: PromptFolders;
  /** What the arguments resolved to, when there were any (settleTargets reads it). */
  targets?: Targets;
}

/** The working tree: every prompt, or those the arguments name (and those including a named partial). */
export async function workingTreeInput(root: string, cwd: string, args: readonly string[]): Promise<LintInput> {
  const listing = listWorktree(root);
  const partials = await readPartialsAt(root, WORKTREE, listing);
  const diagnostics = [...listing.diagnostics, ...partials.diagnostics];
  const configText = readConfigText(root);
  const allIds = listing.prompts.map((p) => p.id);
  const { folders } = listing;
  if (args.length === 0) return { configText, entries: listing.prompts, allIds, partials: partials.texts, diagnostics, folders };
  const select = resolveTargets(args, { cwd, root, files: filesById(listing), partials: listing.partials, has: () => false, folders });
  // Without a named partial, only the named files need reading.
  const entries = select.partials.size === 0 ? listing.prompts.filter((p) => select.files.has(p.file)) : listing.prompts;
  return { configText, entries, select, allIds, partials: partials.texts, diagnostics: diagnostics.filter((d) => named(select, d.file)), targets: select, folders };
}
