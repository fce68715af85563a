import path from 'node:path';

/**
 * Variables that git reads as paths relative to its working directory. promptgit runs
 * git at the repository root, not where the user typed the command, so a relative value
 * is resolved here against the folder promptgit was started in, as the user meant it.
 */
const PATH_VARIABLES = ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE', 'GIT_OBJECT_DIRECTORY', 'GIT_COMMON_DIR', 'GIT_CONFIG', 'GIT_CONFIG_GLOBAL', 'GIT_CONFIG_SYSTEM'];

/**
 * The environment every git process runs with: the user's own, whole (GIT_DIR and
 * GIT_WORK_TREE, GIT_CONFIG_GLOBAL, a hook's GIT_INDEX_FILE, EDITOR, PREFIX...), as git
 * would see it from their shell. Only three things change: the C locale, because git's
 * output and messages are parsed; no credential prompts; relative paths made absolute.
 */
export function gitEnv(): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value;
  for (const key of PATH_VARIABLES) {
    const value = env[key];
    if (value) env[key] = path.resolve(value);
  }
  env.LANG = 'C';
  env.LC_ALL = 'C';
  env.GIT_TERMINAL_PROMPT = '0';
  return env;
}
