/** Every call to git lives in this folder, and nowhere else. */
export { runGit, gitStats, gitMessage } from './client.js';
export { readObjects, streamObjects } from './cat-file.js';
export { findRepoRoot, hasCommits, initRepo, statusUnder, type ChangedPath } from './repo.js';
export { stagedPaths, indexPaths } from './staged.js';
export { hooksDir } from './hooks.js';
export { listTags, type TagRef } from './tags.js';
export { gitPaths, commitPaths, taggerIdent, writeTagObjects, createRefs, deleteRefs, moveHead, type GitPaths, type TagObject, type RefUpdate } from './release-write.js';
export { resolveCommit, EMPTY_TREE } from './revs.js';
export { listTreeFiles, listIndexFiles, listUntrackedFiles } from './tree.js';
export { changedPaths, type PathChange, type DiffTarget } from './changes.js';
export { fileHistory, lastPathOf, pathsLog, type FileCommit, type PathsCommit } from './history.js';
export { spawnGit } from './spawn.js';
export { literalPathspec, stagedChanges, indexEntriesMatching, tagsStartingWith, type StagedChange, type IndexEntry } from './narrow.js';
