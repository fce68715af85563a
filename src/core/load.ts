import { existsSync } from 'node:fs';
import path from 'node:path';
import { InputError, ProblemsError, UsageError } from '../errors.js';
import { findRepoRoot } from '../git/index.js';
import { readConfig, type Config } from './config.js';
import { decodePromptBytes, type DecodeResult } from './decode.js';
import type { Diagnostic } from './diagnostics.js';
import { repoFileProblem, scanPartials, scanPrompts, readRepoFile } from './files.js';
import { PROMPTS_DIR, idProblem } from './ids.js';
import { parseDecoded, type ParsedPrompt } from './parse.js';
import type { PromptFile } from './schema.js';

export interface LoadOptions {
  /** Any folder inside the repository; defaults to the process's working directory. */
  cwd?: string;
  /** The repository root, when already known (skips asking git). */
  root?: string;
}

export interface LoadPromptOptions extends LoadOptions {
  /**
   * Load the prompt as released rather than from the working tree: an exact version
   * (`1.2.0`), a semver range (`^1.2`) or `latest`, resolved against the release tags.
   */
  version?: string;
}

/** Every prompt of a repository's working tree, each with its own diagnostics. */
export interface Workspace {
  root: string;
  config: Config;
  prompts: ParsedPrompt[];
  /** Partial name to its text. */
  partials: Map<string, string>;
  /** Problems that belong to no single prompt (unreadable partials, links outside the repo). */
  diagnostics: Diagnostic[];
}

/** A prompt that loaded without errors: `data` is the validated file. */
export type LoadedPrompt = ParsedPrompt & {
  data: PromptFile;
  /** The repository's partials, by name, that `{{> name}}` may include. */
  partials: Map<string, string>;
};

export async function resolveRoot(options: LoadOptions): Promise<string> {
  return options.root ?? (await findRepoRoot(path.resolve(options.cwd ?? process.cwd())));
}

/** Parses a repository file as a prompt, turning unreadable content into a diagnostic. */
export function parsePromptFile(root: string, id: string, file: string): ParsedPrompt {
  return parseDecoded(readDecoded(root, file), id, file);
}

/** A repository file's text, or a diagnostic when it is not a readable text file inside the repository. */
function readDecoded(root: string, file: string): DecodeResult {
  const problem = repoFileProblem(root, file);
  if (problem) return { diagnostic: { file, line: 1, column: 1, message: problem, code: 'valid-yaml', severity: 'error' } };
  return decodePromptBytes(readRepoFile(root, file), file);
}

/** Reads the partials' text; an unreadable partial becomes a diagnostic. */
export function readPartials(root: string, files: ReadonlyMap<string, string>, diagnostics: Diagnostic[]): Map<string, string> {
  const partials = new Map<string, string>();
  for (const [name, file] of files) {
    const decoded = readDecoded(root, file);
    if (decoded.diagnostic) diagnostics.push(decoded.diagnostic);
    else partials.set(name, decoded.text);
  }
  return partials;
}

/** Every partial under `.prompts/_partials/` in the working tree, by name. */
export function readAllPartials(root: string, diagnostics: Diagnostic[] = []): Map<string, string> {
  return readPartials(root, scanPartials(root), diagnostics);
}

/** Loads every prompt in the working tree. Bad files are returned with diagnostics, not thrown. */
export async function loadPrompts(options: LoadOptions = {}): Promise<Workspace> {
  const root = await resolveRoot(options);
  const config = readConfig(root);
  const scan = scanPrompts(root);
  const diagnostics = [...scan.diagnostics];
  const partials = readPartials(root, scan.partials, diagnostics);
  const prompts = scan.prompts.map((entry) => parsePromptFile(root, entry.id, entry.file));
  return { root, config, prompts, partials, diagnostics };
}

/** The file of a prompt id in the working tree, or undefined when there is none. */
export function findPromptFile(root: string, id: string): string | undefined {
  for (const ext of ['.yaml', '.yml', '.prompt.yaml', '.prompt.yml']) {
    const file = `${PROMPTS_DIR}/${id}${ext}`;
    if (existsSync(path.join(root, file))) return file;
  }
  return undefined;
}

/**
 * Loads one prompt by id from the working tree, or at a reference such as `id@1.2.0`,
 * `id@latest` or `id@HEAD~1`. Throws when it does not exist or has
 * errors (the ProblemsError lists each with its line).
 */
export async function loadPrompt(id: string, options: LoadPromptOptions = {}): Promise<LoadedPrompt> {
  if (id.includes('@') || id.startsWith('-')) {
    // A reference to another state (`id@1.2.0`, `id@HEAD~1`): history is read only then.
    const { loadPromptAt } = await import('./load-at.js');
    return loadPromptAt(await resolveRoot(options), id);
  }
  const problem = idProblem(id);
  if (problem) throw new UsageError(`"${id}" is not a valid prompt id: ${problem}.`);
  const root = await resolveRoot(options);
  if (options.version !== undefined) {
    const { loadReleasedPrompt } = await import('./load-version.js');
    return loadReleasedPrompt(root, id, options.version);
  }
  const file = findPromptFile(root, id);
  if (!file) throw new InputError(`No prompt "${id}": there is no ${PROMPTS_DIR}/${id}.yaml.`, undefined, undefined, { hint: 'Run "promptgit list" to see the prompts, or "promptgit new <id>" to create one.' });
  const prompt = parsePromptFile(root, id, file);
  const diagnostics: Diagnostic[] = [];
  const partials = readAllPartials(root, diagnostics);
  assertValid(prompt);
  // Assigned, not spread: a spread would parse the lazy document (positions) for nothing.
  return Object.assign(prompt, { partials });
}

/** Throws a ProblemsError listing the prompt's errors, if it has any. */
export function assertValid(prompt: ParsedPrompt): asserts prompt is ParsedPrompt & { data: PromptFile } {
  const errors = prompt.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !prompt.data) {
    throw new ProblemsError(`${prompt.file} has ${errors.length === 1 ? 'an error' : `${errors.length} errors`}.`, errors, { hint: `Fix it, then run "promptgit lint ${prompt.id}" to check.` });
  }
}
