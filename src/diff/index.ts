/**
 * The semantic diff API (`promptgit/diff`): compare two sides of a prompt, as `promptgit diff`
 * and `release` do.
 */
export { semanticDiff } from './semantic.js';
export type { PromptDiff, Change, ChangeLevel, DiffLevel, PromptSide } from './types.js';
