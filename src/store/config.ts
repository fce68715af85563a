import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_PATH, defaultConfig, parseConfig, type Config } from '../core/config.js';
import { PROMPTS_DIR } from '../core/ids.js';
import { InputError } from '../errors.js';
import { storeMessages as m } from '../messages/store.js';
import { DEFAULT_FOLDERS, promptFoldersOf, type PromptFolders } from '../core/folders.js';
import { namesFolders } from './folders.js';

/** The text of the working tree's `.prompts/_config.yaml`, or undefined when there is none. */
export function readConfigText(root: string): string | undefined {
  try {
    return readFileSync(path.join(root, CONFIG_PATH), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    throw new InputError(m.configUnreadable(CONFIG_PATH, code ?? String(error)), { file: CONFIG_PATH, hint: m.configUnreadableHint(PROMPTS_DIR, CONFIG_PATH), cause: error });
  }
}

/** The working tree's config (`.prompts/_config.yaml`); the defaults when it does not exist. */
export function readConfig(root: string): Config {
  const text = readConfigText(root);
  return text === undefined ? defaultConfig() : parseConfig(text).config;
}

const foldersByText = new Map<string, PromptFolders>();

/**
 * The folders that hold prompts, from the working tree's config (for every state: the
 * config says where prompts live, as `.gitignore` does). `.prompts` comes first.
 */
export function promptFolders(root: string): PromptFolders {
  const text = readConfigText(root);
  if (!namesFolders(text)) return DEFAULT_FOLDERS;
  let folders = foldersByText.get(text);
  if (folders === undefined) {
    folders = promptFoldersOf(parseConfig(text).config.folders);
    foldersByText.set(text, folders);
  }
  return folders;
}
