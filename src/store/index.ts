/**
 * The store: prompts at a repository state (the working tree, the index, a commit), read
 * one way for every command. A prompt at a state renders and diffs with the partials of
 * that same state; this folder is the one place that rule lives.
 */
export { WORKTREE, INDEX, commitState, fileKey, objectPrefix, type State } from './state.js';
export { classifyFiles, partialFile, partialName, type Listing, type PromptEntry, type InvalidEntry } from './listing.js';
export { listState, readFilesAt, readBytesAt, decodedOf, type FileAt, type ReadResult } from './read.js';
export { readPartialsAt, collectPartials, collectPartialBytes, type PartialSet } from './partials.js';
export { listWorktree, listWorktreePartials, worktreeFilesOf, readRepoFile, readWorktreeText, repoFileProblem, parseWorktreePrompt } from './worktree.js';
export { resolveState, resolveStateOrEmpty, revisionCommit, repositoryHasCommits, isEmptyTree, assertNotPastShallow } from './resolve.js';
export { changedFiles, stagedFiles, type PathChange } from './changes.js';
export { formerPaths } from './renames.js';
export { findPromptAt, readPromptAt, missingPromptError, fileOfId, type PromptAt } from './prompt-at.js';
export { readReleaseTags, readReleaseTagsFor, readTagRefs } from './releases.js';
export { stagedChangesAnywhere, stagedChangesUnderPrompts, listIndexFor, listIndex, type IndexListing, type StagedChange } from './staged.js';
export { readConfig, readConfigText, promptFolders } from './config.js';
export { folderPathspecs, inFolders, type PromptFolders } from './folders.js';
export { resolveRoot, type LoadOptions } from './root.js';
export { loadPrompt, loadPrompts, readWorkspace, toLoaded, type LoadedPrompt, type LoadPromptOptions, type PromptInfo, type Workspace } from './load.js';
export { committedPaths, fileVersions, lastCommittedFile, fileAndPartialCommits, promptsCommits, readObjectsByName, streamObjectsByName, type FileCommit, type PathsCommit } from './history.js';
export { reviewBase, type ReviewBase } from './base.js';
export { readEnvironments, inspectEnvironments, assertEnvironments, environmentsOfBytes, type Environments, type ParsedEnvironments } from './environments.js';
