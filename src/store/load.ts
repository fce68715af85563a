import { contractOf, type Contract } from '../core/contract.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { parseRef } from '../core/refs.js';
import type { Config } from '../core/config.js';
import type { ParsedPrompt } from '../core/parse.js';
import type { PromptFile } from '../core/schema.js';
import { assertValid } from '../core/valid.js';
import { readConfig } from './config.js';
import { readPartialsAt } from './partials.js';
import { readPromptAt, type PromptAt } from './prompt-at.js';
import { decodedOf, readFilesAt } from './read.js';
import { resolveRoot, type LoadOptions } from './root.js';
import { releaseRef } from './resolve.js';
import { WORKTREE, fileKey } from './state.js';
import { listWorktree } from './worktree.js';
import { parseDecoded } from '../core/parse.js';

export type { LoadOptions } from './root.js';
import type { LoadedRelease } from './load-version.js';

export interface LoadPromptOptions extends LoadOptions {
  /**
   * Load the prompt as released rather than from the working tree: an exact version
   * (`1.2.0`), a semver range (`^1.2`) or `latest`, resolved against the release tags.
   */
  version?: string;
}

/** A prompt that loaded without errors, as plain data. */
export interface LoadedPrompt {
  id: string;
  /** Repository-relative path, forward slashes, at the state it was read from. */
  file: string;
  /** The reference it was loaded by: `support/triage`, `support/triage@1.2.0`. */
  ref: string;
  /** The released version when loaded at a release, else the file's `version` field. */
  version?: string;
  /** The release tag it was read from, when loaded at a release. */
  tag?: string;
  /** The commit it was read from (absent for the working tree). */
  commit?: string;
  /** The file's text. */
  text: string;
  /** The validated fields. */
  data: PromptFile;
  /** The variables the prompt takes, declared or inferred, by name. */
  contract: Contract;
  /** The partials of the same state, by name, that `{{> name}}` may include. */
  partials: Map<string, string>;
}

/** A prompt of the working tree, valid or not, as plain data with its diagnostics. */
export interface PromptInfo {
  id: string;
  file: string;
  text: string;
  /** The plain value of the YAML, whether or not it fits the schema. */
  raw: unknown;
  /** Set only when the file is valid. */
  data?: PromptFile;
  diagnostics: Diagnostic[];
}

/** Every prompt of a repository's working tree, each with its own diagnostics. */
export interface Workspace {
  root: string;
  config: Config;
  prompts: PromptInfo[];
  /** Partial name to its text. */
  partials: Map<string, string>;
  /** Problems that belong to no single prompt: bad file names, two files for one id, unreadable partials, links outside the repository. */
  diagnostics: Diagnostic[];
}

/** The working tree's prompts, parsed (with positions, for commands that need them). */
export async function readWorkspace(root: string): Promise<{ config: Config; prompts: ParsedPrompt[]; partials: Map<string, string>; diagnostics: Diagnostic[]; invalid: ReturnType<typeof listWorktree>['invalid'] }> {
  const config = readConfig(root);
  const listing = listWorktree(root);
  const partials = await readPartialsAt(root, WORKTREE, listing);
  const read = await readFilesAt(root, listing.prompts.map((p) => ({ state: WORKTREE, file: p.file })));
  const prompts = listing.prompts.map((p) => parseDecoded(decodedOf(read.get(fileKey(WORKTREE, p.file)), p.file), p.id, p.file));
  return { config, prompts, partials: partials.texts, diagnostics: [...listing.diagnostics, ...partials.diagnostics], invalid: listing.invalid };
}

function info(prompt: ParsedPrompt): PromptInfo {
  return { id: prompt.id, file: prompt.file, text: prompt.text, raw: prompt.raw, ...(prompt.data ? { data: prompt.data } : {}), diagnostics: prompt.diagnostics };
}

/** Loads every prompt in the working tree. Bad files are returned with diagnostics, not thrown. */
export async function loadPrompts(options: LoadOptions = {}): Promise<Workspace> {
  const root = await resolveRoot(options);
  const workspace = await readWorkspace(root);
  return { root, config: workspace.config, prompts: workspace.prompts.map(info), partials: workspace.partials, diagnostics: workspace.diagnostics };
}

/** A valid prompt at a reference as the library returns it. */
export function toLoaded(at: PromptAt, extra: { version?: string; tag?: string } = {}): LoadedPrompt {
  const { prompt } = at;
  assertValid(prompt);
  const version = extra.version ?? prompt.data.version;
  return {
    id: prompt.id,
    file: prompt.file,
    ref: at.ref,
    ...(version === undefined ? {} : { version }),
    ...(extra.tag === undefined ? {} : { tag: extra.tag }),
    ...(at.commit === undefined ? {} : { commit: at.commit }),
    text: prompt.text,
    data: prompt.data,
    contract: contractOf(prompt.data, at.partials),
    partials: at.partials,
  };
}

/**
 * Loads one valid prompt: from the working tree by id, at a reference such as `id@1.2.0`,
 * `id@latest` or `id@HEAD~1`, or as released with `{ version }` (an exact version, a semver
 * range or `latest`). Throws when it does not exist or has errors (the ProblemsError lists
 * each with its line).
 */
export async function loadPrompt(ref: string, options: LoadPromptOptions & { version: string }): Promise<LoadedRelease>;
export async function loadPrompt(ref: string, options?: LoadPromptOptions): Promise<LoadedPrompt>;
export async function loadPrompt(ref: string, options: LoadPromptOptions = {}): Promise<LoadedPrompt> {
  const root = await resolveRoot(options);
  const parsed = releaseRef(root, parseRef(ref));
  if (options.version !== undefined && parsed.at.kind === 'worktree') {
    const { loadReleasedPrompt } = await import('./load-version.js');
    return loadReleasedPrompt(root, parsed.id, options.version);
  }
  if (parsed.at.kind === 'version' || parsed.at.kind === 'latest' || parsed.at.kind === 'range') {
    const { loadReleasedPrompt } = await import('./load-version.js');
    return loadReleasedPrompt(root, parsed.id, parsed.at.kind === 'latest' ? 'latest' : parsed.at.kind === 'range' ? parsed.at.range : parsed.at.version);
  }
  return toLoaded(await readPromptAt(root, parsed));
}
