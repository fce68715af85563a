/**
 * The oldest git promptgit runs on, and why: `log --diff-merges=first-parent` (2.31), the
 * `update-ref --stdin` transaction verbs start/prepare/commit (2.27), `add` and `commit`
 * with `--pathspec-from-file` (2.25), `rev-parse --end-of-options` (2.24).
 */
export const MIN_GIT_VERSION = '2.31.0';

/** `git version 2.39.5` (or `2.39.5.windows.1`, `2.37.1 (Apple Git-137.1)`) as [major, minor, patch]. */
export function parseGitVersion(text: string): [number, number, number] | undefined {
  const match = /git version (\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3] ?? 0)] : undefined;
}

/** Whether a `git --version` output names a git older than MIN_GIT_VERSION. */
export function isTooOld(text: string): boolean {
  const have = parseGitVersion(text);
  const need = parseGitVersion(`git version ${MIN_GIT_VERSION}`)!;
  if (!have) return false;
  for (let i = 0; i < 3; i++) if (have[i] !== need[i]) return have[i]! < need[i]!;
  return false;
}
