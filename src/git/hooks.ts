import path from 'node:path';
import { runGit } from './client.js';

/**
 * The folder git runs hooks from: `.git/hooks`, or `core.hooksPath` when set (husky and
 * others set it), or the common dir's hooks in a linked worktree. git resolves all of it.
 */
export async function hooksDir(root: string): Promise<string> {
  const out = (await runGit(root, ['rev-parse', '--git-path', 'hooks'])).trim();
  return path.resolve(root, out);
}
