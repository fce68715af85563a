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
      ? 'A commit hook, or the signer when commit.gpgSign is on, refused the release commit: fix what it reports and run the release again.'
      : step === 'sign tags'
        ? 'tag.gpgSign (or tag.forceSignAnnotated) is on and git could not sign the tags: check that git can sign here (gpg.program, gpg.format, user.signingKey; "git tag -s <name>" tries it), then run it again.'
        : step === 'write files'
          ? 'Check that the prompt files and .prompts/CHANGELOG.md are writable and the disk has space, then run it again.'
          : 'Check the tags with "git tag -l" and the repository with "git fsck", then run it again.',
  rollbackFailed: (step: string, why: string, undo: string) => `The release failed at "${step}" (${why}) and could not be undone completely: ${undo}.`,
  rollbackFailedHint: (head: string) => `HEAD was at ${head} before: check "git log -1", "git status" and "git tag -l", and use "git reset --soft ${head}" and "git tag -d <tag>" to put back what is left.`,
} as const;

export const releaseText = {
  idsAndAll: 'Give prompt ids or --all, not both.',
  nothingSelected: 'Which prompts? Give their ids, or --all for every prompt changed since its last release.',
  selectHint: 'For example "promptgit release support/triage" or "promptgit release --all"; add --dry-run to see the plan first.',
  unknownIds: (n: number) => (n === 1 ? 'A prompt to release does not exist.' : `${n} prompts to release do not exist.`),
  unknownIdsHint: 'Run "promptgit list" to see the prompt ids.',
  untracked: 'not committed yet (untracked): "git add" and commit it first.',
  uncommitted: 'has uncommitted changes: commit them first (or pass --allow-dirty to release the staged version).',
  stagedAndWorking: 'its staged and working versions differ: stage or discard the rest of the edit.',
  unstaged: 'has unstaged changes: "git add" them to release them, or discard them.',
  dirty: (n: number) => (n === 1 ? 'A file to release has uncommitted changes.' : `${n} files to release have uncommitted changes.`),
  dirtyHint: 'A release commits exactly what was reviewed: commit the changes, then run the release again.',
  dryRunDirtyHint: 'The plan above uses the working tree as it is; without --dry-run the release refuses these files until the changes are committed.',
  dirtyAllowHint: 'With --allow-dirty the staged version is released, so stage the whole edit (git add) first.',
  tagsExist: (n: number) => (n === 1 ? 'The tag this release would create already exists.' : `${n} tags this release would create already exist.`),
  tagExists: (tag: string) => `tag ${tag} exists`,
  tagClash: (tag: string, other: string) => `tag ${tag} cannot be created next to the existing tag ${other}`,
  notNewer: (id: string, to: string, last: string) => `${id}: the next version would be ${to}, which is not newer than its last release ${last}.`,
  notNewerHint: 'Pre-release identifiers sort alphabetically (alpha < beta < rc): keep the one in use (--pre rc) or release without --pre.',
  tagsExistHint: 'Someone may have released these already: run "git fetch --tags" and check "promptgit list", or pick another version with --bump or --pre.',
  noCommits: (root: string) => `${root} has no commits yet.`,
  inProgress: (operation: string) => `A "git ${operation}" is in progress: a release now would commit in the middle of it.`,
  inProgressHint: (operation: string) => `Finish it ("git ${operation} --continue") or abort it ("git ${operation} --abort"), then release.`,
  noCommitsHint: 'Commit your prompts first ("git add .prompts && git commit"), then release them.',
  badPre: (pre: string, why: string) => `--pre "${pre}" is not a usable pre-release identifier: ${why}.`,
  lintFailed: (n: number) => `Lint found ${n === 1 ? 'an error' : `${n} errors`} in the prompts to release; nothing was released.`,
  lintFailedHint: (ids: string) => `Fix them (run "promptgit lint ${ids}"), commit, then release again.`,
} as const;

export const releaseOutput = {
  planTitle: 'Release plan (dry run: nothing was written):',
  released: (n: number, commit: string | undefined) => `Released ${n} prompt${n === 1 ? '' : 's'}${commit ? ` in commit ${commit.slice(0, 7)}` : ' (tags on HEAD)'}:`,
  written: (n: number) => `Wrote ${n} new version${n === 1 ? '' : 's'} and ${'.prompts/CHANGELOG.md'} (no commit, no tags):`,
  firstRelease: 'first release',
  skipped: (list: string) => `Skipped, no change since the last release: ${list}`,
  nothing: 'Nothing to release: every prompt selected is unchanged since its last release.',
  push: 'git push --follow-tags',
  pushLine: 'Push the commit and its tags: git push --follow-tags',
  finish: (ids: string) => `To finish: commit these files, then run "promptgit release ${ids}" again; it creates the tags on that commit.`,
  runIt: 'Run it without --dry-run to release.',
} as const;
