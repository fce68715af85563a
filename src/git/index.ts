/** Every call to git lives in this folder, and nowhere else. */
export { runGit, gitStats, gitMessage } from './client.js';
export { readObjects } from './cat-file.js';
export { findRepoRoot, hasCommits, initRepo, statusUnder, type ChangedPath } from './repo.js';
export { stagedPaths, indexPaths } from './staged.js';
export { hooksDir } from './hooks.js';
