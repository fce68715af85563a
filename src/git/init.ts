import { runGit } from './run.js';

/** `git init` in a folder. */
export async function initRepo(cwd: string): Promise<void> {
  await runGit(cwd, ['init']);
}
