import type { Diagnostic } from '../core/diagnostics.js';
import { PROMPTS_DIR } from '../core/ids.js';
import { folderOfPath } from '../core/folders.js';
import { folderPathspecs, promptFolders, readWorkspace, resolveRoot } from '../store/index.js';
import { stripPromptExtension } from '../core/ids.js';
import { isShallowRepository, statusUnder } from '../git/index.js';
import { gitMessages } from '../messages/git.js';
import { promptMessages } from '../messages/prompts.js';
import { describeReleaseState, releaseStates, type ReleaseState } from '../release/state.js';
import type { CommandContext } from './context.js';
import { safeLine } from '../output/sanitize.js';
import { truncateWords } from '../output/fit-width.js';

/** The width assumed of a terminal that does not say its own. */
const DEFAULT_COLUMNS = 80;
/** Below this, a cut description says too little: the terminal wraps the row instead. */
const MIN_DESCRIPTION = 20;

export interface ListOptions extends CommandContext {
  json?: boolean;
}

/** Working-tree state of a prompt file against HEAD and the index. */
export type FileState = 'clean' | 'modified' | 'staged' | 'untracked';

export interface ListEntry {
  id: string;
  file: string;
  name?: string;
  version?: string;
  description?: string;
  state: FileState;
  /** The newest released version, from the release tags; null when never released. */
  released: string | null;
  /** Against that release: the file is as released, changed since, or never released. */
  release: ReleaseState['release'];
  /** True when the file has uncommitted changes (staged, unstaged or untracked). */
  changed: boolean;
  errors: number;
  /** Why the file is not read as a prompt (a name that is no valid id, an id two files claim). */
  invalid?: string;
}

function stateOf(status: string | undefined): FileState {
  if (status === undefined) return 'clean';
  if (status === '??') return 'untracked';
  return status[1] !== ' ' ? 'modified' : 'staged';
}

export interface ListResult {
  entries: ListEntry[];
  /** A shallow clone may lack the release tags of older commits. */
  shallow: boolean;
}

/** Lists the prompts with their version, description and uncommitted state. */
export async function listEntries(cwd: string, problems: Diagnostic[] = []): Promise<ListResult> {
  const root = await resolveRoot({ cwd });
  const workspace = await readWorkspace(root);
  // Files that are no single prompt's (links outside the repository, bad partials): the caller
  // shows them. Invalid prompt files are rows of their own.
  const invalidFiles = new Set(workspace.invalid.map((entry) => entry.file));
  problems.push(...workspace.diagnostics.filter((d) => !invalidFiles.has(d.file) || d.code !== 'file-name'));
  const folders = promptFolders(root);
  const status = new Map((await statusUnder(root, folderPathspecs(folders))).map((entry) => [entry.path, entry.status]));
  const releases = await releaseStates(root, workspace.prompts, workspace.config.tagPrefix);
  const invalid: ListEntry[] = workspace.invalid.map((entry) => {
    const state = stateOf(status.get(entry.file));
    const folder = folderOfPath(entry.file, folders) ?? PROMPTS_DIR;
    const id = entry.id ?? stripPromptExtension(entry.file.slice(folder.length + 1), folder) ?? entry.file;
    return { id, file: entry.file, state, released: null, release: 'unreleased', changed: state !== 'clean', errors: 1, invalid: entry.reason };
  });
  const valid = workspace.prompts.map((prompt): ListEntry => {
    const release = releases.get(prompt.id)!;
    const state = stateOf(status.get(prompt.file));
    const raw = (prompt.raw ?? {}) as Record<string, unknown>;
    const text = (key: string) => (typeof raw[key] === 'string' ? (raw[key] as string) : undefined);
    return {
      id: prompt.id,
      file: prompt.file,
      ...(text('name') === undefined ? {} : { name: text('name') }),
      ...(text('version') === undefined ? {} : { version: text('version') }),
      ...(text('description') === undefined ? {} : { description: text('description') }),
      state,
      released: release.released ?? null,
      release: release.release,
      changed: state !== 'clean',
      errors: prompt.diagnostics.filter((d) => d.severity === 'error').length,
    };
  });
  // Known since the root was found: no extra git process.
  const shallow = await isShallowRepository(root);
  const entries = [...valid, ...invalid].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : a.file < b.file ? -1 : 1));
  return { entries, shallow };
}

/** `promptgit list`. */
export async function list(options: ListOptions): Promise<number> {
  const { reporter } = options;
  const problems: Diagnostic[] = [];
  const { entries, shallow } = await listEntries(options.cwd, problems);
  for (const d of problems) reporter.err(`${reporter.color.yellow('warning:')} ${safeLine(d.file)}:${d.line}:${d.column}  ${safeLine(d.message)}`);
  if (shallow) reporter.err(`${reporter.color.yellow('note:')} ${gitMessages.shallowTags} ${gitMessages.shallowTagsHint}`);
  if (options.json) {
    reporter.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  if (entries.length === 0) {
    reporter.err(promptMessages.listEmpty);
    return 0;
  }
  const c = reporter.color;
  const idWidth = Math.max(...entries.map((e) => e.id.length), 2);
  const versionWidth = Math.max(...entries.map((e) => (e.released ?? '-').length), 7);
  const releaseText = (e: ListEntry) => describeReleaseState({ release: e.release, ...(e.released ? { released: e.released } : {}) });
  const releaseWidth = Math.max(...entries.map((e) => releaseText(e).length), 7);
  // On a terminal a row stays one line; a pipe gets whole descriptions, as scripts read them.
  const descriptionColumn = idWidth + versionWidth + releaseWidth + 9 + 8;
  const fit = (text: string) => (reporter.isTTY ? truncateWords(text, Math.max((reporter.columns ?? DEFAULT_COLUMNS) - descriptionColumn, MIN_DESCRIPTION)) : text);
  reporter.out(c.dim(`${'ID'.padEnd(idWidth)}  ${'VERSION'.padEnd(versionWidth)}  ${'RELEASE'.padEnd(releaseWidth)}  ${'STATE'.padEnd(9)}  DESCRIPTION`));
  for (const entry of entries) {
    const state = entry.state === 'clean' ? c.dim('clean'.padEnd(9)) : c.yellow(entry.state.padEnd(9));
    const release = entry.release === 'released' ? c.green(releaseText(entry).padEnd(releaseWidth)) : c.yellow(releaseText(entry).padEnd(releaseWidth));
    // Only a description is cut: a problem's text says what to do, whole.
    const problem = entry.invalid !== undefined ? `invalid: ${safeLine(entry.invalid)}` : entry.errors > 0 ? `invalid: ${entry.errors} error${entry.errors === 1 ? '' : 's'} (run promptgit lint ${entry.id})` : undefined;
    const description = problem === undefined ? fit(safeLine(entry.description ?? '')) : c.red(problem);
    reporter.out(`${c.bold(entry.id.padEnd(idWidth))}  ${(entry.released ?? '-').padEnd(versionWidth)}  ${release}  ${state}  ${description}`);
  }
  return 0;
}
