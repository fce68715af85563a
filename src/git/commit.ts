import { runGit } from './run.js';

/**
 * Stages the files and commits exactly those paths (`--only`), so other staged work
 * stays staged and out of the release commit. Hooks run, and `commit.gpgSign` signs it,
 * as for any commit. Returns the new commit.
 */
export async function commitPaths(root: string, files: readonly string[], message: string): Promise<string> {
  const input = files.join('\0');
  await runGit(root, ['add', '--pathspec-from-file=-', '--pathspec-file-nul'], { input });
  await runGit(root, ['commit', '--only', '--no-edit', '-m', message, '--pathspec-from-file=-', '--pathspec-file-nul'], { input });
  return (await runGit(root, ['rev-parse', '--verify', 'HEAD^{commit}'])).trim();
}
