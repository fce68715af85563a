import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_PATH } from '../core/ids.js';
import { DEFAULT_FOLDERS, PROMPTS_DIR, type PromptFolders } from '../core/folders.js';
import { literalPathspec } from '../git/index.js';

export { DEFAULT_FOLDERS, folderOfPath, type PromptFolders } from '../core/folders.js';

/** A config without a top-level `folders:` key (the common case) names no folder: it need not be parsed for them. */
export function namesFolders(configText: string | undefined): configText is string {
  return configText !== undefined && /^["']?folders["']?\s*:/m.test(configText);
}

/**
 * The prompt folders, for the pre-commit path: the config parser (and YAML) is loaded only
 * when the config names folders, so the common case reads one small file and nothing more.
 */
export async function promptFoldersLight(root: string): Promise<PromptFolders> {
  let text: string | undefined;
  try {
    text = readFileSync(path.join(root, CONFIG_PATH), 'utf8');
  } catch {
    text = undefined;
  }
  if (!namesFolders(text)) return DEFAULT_FOLDERS;
  const { promptFolders } = await import('./config.js');
  return promptFolders(root);
}

/** Pathspecs for the folders, one git call for all: `.prompts` as it always was, the others literally. */
export function folderPathspecs(folders: PromptFolders): string[] {
  return folders.map((folder) => (folder === PROMPTS_DIR ? folder : literalPathspec(folder)));
}

/** Whether a repository-relative path lies in one of the folders. */
export function inFolders(file: string, folders: PromptFolders): boolean {
  return folders.some((folder) => file.startsWith(`${folder}/`));
}
