import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_PATH, defaultConfig, parseConfig, type Config } from '../core/config.js';
import { PROMPTS_DIR } from '../core/ids.js';
import { InputError } from '../errors.js';
import { storeMessages as m } from '../messages/store.js';

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
