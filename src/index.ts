/**
 * promptgit's programmatic API: load prompts from a git repository and render them.
 * Nothing here prints or exits; failures are typed errors (see ./errors.js).
 */
export { loadPrompts, loadPrompt, type LoadOptions, type LoadPromptOptions, type LoadedPrompt, type Workspace } from './core/load.js';
export { renderPrompt, type RenderOptions, type RenderedPrompt } from './core/render.js';
export { parsePrompt, type ParsedPrompt } from './core/parse.js';
export { contractOf, resolveVariables, type Contract, type VariableContract } from './core/contract.js';
export { promptJsonSchema } from './core/json-schema.js';
export { idFromPath, idProblem } from './core/ids.js';
export type { Diagnostic, Severity } from './core/diagnostics.js';
export type { PromptFile, Message, VariableSpec, VariableType, Role } from './core/schema.js';
export { PromptgitError, UsageError, NotARepoError, GitError, NoWorkTreeError, GitDirError, UnsafeRepositoryError, GitMissingError, GitVersionError, InputError, ProblemsError, InternalError, type Problem } from './errors.js';
export { loadPromptAt, type LoadedPromptAt } from './core/load-at.js';
export { parseRef, type PromptRef, type RefTarget } from './core/refs.js';
export { semanticDiff } from './diff/semantic.js';
export type { PromptDiff, Change, ChangeLevel, DiffLevel, PromptSide } from './diff/types.js';
export { lintWorkspace, formatResults, stylish, FORMATTERS, RULES, type LintOptions, type LintReport, type LintResult, type LintMessage, type Formatter, type FormatContext } from './lint/index.js';
export type { LoadedRelease } from './core/load-version.js';
