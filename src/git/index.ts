/** Every call to git lives in this folder, grouped by git verb, and goes through run.ts. */
export { runGit, execGit, gitStats, gitMessage, type RunOptions, type GitOutput } from './run.js';
export { MIN_GIT_VERSION } from './version.js';
export { readObjects, streamObjects } from './cat-file.js';
export { findRepoRoot, isShallowRepository, assertNotPastShallow, hasCommits, resolveCommit, gitPaths, hooksDir, EMPTY_TREE, type GitPaths, type Operation } from './rev-parse.js';
export { initRepo } from './init.js';
export { statusUnder, type ChangedPath } from './status.js';
export { stagedPaths, changedPaths, type PathChange, type DiffTarget } from './diff.js';
export { indexPaths, listIndexFiles, listPromptYmlFiles, listUntrackedFiles } from './ls-files.js';
export { listTreeFiles } from './ls-tree.js';
export { listTags, type TagRef } from './for-each-ref.js';
export { fileHistory, lastPathOf, pathsEverCommitted, pathsLog, renamesUnder, type FileCommit, type PathsCommit } from './log.js';
export { commitPaths } from './commit.js';
export { taggerIdent } from './var.js';
export { writeTagObjects, type TagObject } from './hash-object.js';
export { createSignedTags } from './tag.js';
export { signsTags } from './config.js';
export { createRefs, deleteRefs, moveHead, type RefUpdate } from './update-ref.js';
export { literalPathspec, stagedChanges, indexEntriesMatching, tagsStartingWith, type StagedChange, type IndexEntry } from './narrow.js';
