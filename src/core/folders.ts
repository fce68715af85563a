import path from 'node:path';

/** The directory, relative to the repository root, that holds the config, partials and (always) prompts. */
export const PROMPTS_DIR = '.prompts';

/** Repository-relative folders that hold prompts, `.prompts` first; never nested in one another. */
export type PromptFolders = readonly string[];

/** The folders of a repository whose config names none. */
export const DEFAULT_FOLDERS: PromptFolders = [PROMPTS_DIR];

/** A configured folder as written (`./.github/prompts/`) in the form paths are compared with (`.github/prompts`). */
export function normalizeFolder(folder: string): string {
  return folder.replace(/^(\.\/)+/, '').replace(/\/+$/, '');
}

/** Why a configured folder (normalized) cannot hold prompts, or undefined when it can. */
export function folderProblem(folder: string): string | undefined {
  if (folder === '' || folder === '.') return 'name a folder inside the repository, not its root (e.g. .github/prompts)';
  if (folder.startsWith('/') || path.isAbsolute(folder) || /^[A-Za-z]:/.test(folder)) return 'a folder is relative to the repository root, not an absolute path';
  if (folder.includes('\\')) return 'use "/" between the segments of a folder';
  for (const segment of folder.split('/')) {
    if (segment === '..') return 'a folder cannot leave the repository (".." is not allowed)';
    if (segment === '.' || segment === '') return 'a folder cannot have an empty or "." segment';
  }
  if (/[\u0000-\u001f\u007f]/.test(folder)) return 'a folder name cannot hold control characters';
  return undefined;
}

/** Whether one folder lies inside the other (or is it): their prompts would be listed twice. */
export function foldersOverlap(a: string, b: string): boolean {
  return a === b || a.startsWith(`${b}/`) || b.startsWith(`${a}/`);
}

/** The prompt folders a config names: `.prompts` always (it holds the config and partials), then the others. */
export function promptFoldersOf(configured: readonly string[] | undefined): PromptFolders {
  if (!configured || configured.length === 0) return DEFAULT_FOLDERS;
  return [...new Set([PROMPTS_DIR, ...configured.map(normalizeFolder)])];
}

/** The configured folder a repository-relative path lies in, or undefined. */
export function folderOfPath(relPath: string, folders: PromptFolders): string | undefined {
  return folders.find((folder) => relPath.startsWith(`${folder}/`));
}
