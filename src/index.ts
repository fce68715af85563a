/**
 * promptgit's programmatic API: load prompts from a git repository and render them.
 * Nothing here prints or exits; failures are typed errors (see ./errors.js). The linter and
 * the semantic diff are subpaths (`promptgit/lint`, `promptgit/diff`), so an app that loads
 * and renders prompts loads neither of them, nor chalk or the tokenizer.
 */
export { loadPrompts, loadPrompt, type LoadOptions, type LoadPromptOptions, type LoadedPrompt, type PromptInfo, type Workspace } from './store/load.js';
export type { LoadedRelease } from './store/load-version.js';
export { renderPrompt, type RenderOptions, type RenderedPrompt } from './core/render.js';
export { parsePrompt, type ParsedPrompt } from './core/parse.js';
export { contractOf, resolveVariables, type Contract, type VariableContract } from './core/contract.js';
export { promptJsonSchema } from './core/json-schema.js';
export { idFromPath, idProblem } from './core/ids.js';
export type { Diagnostic, Severity } from './core/diagnostics.js';
export type { PromptFile, Message, VariableSpec, VariableType, Role } from './core/schema.js';
export { PromptgitError, UsageError, NotARepoError, GitError, NoWorkTreeError, GitDirError, UnsafeRepositoryError, GitMissingError, GitVersionError, InputError, ProblemsError, InternalError, isPromptgitError, type Problem } from './errors.js';
export { parseRef, type PromptRef, type RefTarget } from './core/refs.js';
