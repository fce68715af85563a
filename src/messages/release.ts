/** User-facing strings of `promptgit release`, kept together so they read as one voice. */
export const releaseMessages = {
  locked: (who: string) => `Another promptgit release is running in this repository (process ${who}).`,
  lockedHint: (file: string) => `Wait for it to finish, then run this again. If none is running, remove ${file}.`,
  staleLock: (file: string, pid: number, started: string) => `A release lock from process ${pid}${started ? ` (started ${started})` : ''} is still in ${file}, but that process is no longer running.`,
  staleLockHint: (file: string) => `It was interrupted before it could clean up. Check "git status" and "git tag" look right, then remove ${file} and run this again.`,
  interrupted: (signal: string) => `Release interrupted (${signal}); the repository is back as it was before.`,
  failed: (step: string, why: string) => `The release failed at "${step}": ${why}. The repository is back as it was before (files, index, HEAD and tags).`,
  failedHint: (step: string) =>
    step === 'commit'
      ? 'A commit hook may have rejected the release commit: fix what it reports and run the release again.'
      : step === 'write files'
        ? 'Check that the prompt files and .prompts/CHANGELOG.md are writable and the disk has space, then run it again.'
        : 'Check the tags with "git tag -l" and the repository with "git fsck", then run it again.',
  rollbackFailed: (step: string, why: string, undo: string) => `The release failed at "${step}" (${why}) and could not be undone completely: ${undo}.`,
  rollbackFailedHint: (head: string) => `HEAD was at ${head} before: check "git log -1", "git status" and "git tag -l", and use "git reset --soft ${head}" and "git tag -d <tag>" to put back what is left.`,
} as const;
