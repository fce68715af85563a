/** User-facing strings of refs, show/render at a ref, log and diff. */
export const diffMessages = {
  refIsOption: (ref: string) => `"${ref}" looks like an option, not a prompt reference.`,
  refGrammarHint: 'A reference is <id>, <id>@<version>, <id>@<range> (^1.2), <id>@latest or <id>@<revision> (HEAD, HEAD~3, a branch, a tag, a commit).',
  emptyAfterAt: (ref: string) => `"${ref}" has nothing after "@".`,
  badRevision: (rev: string) => `"${rev}" is not a valid revision name.`,
  unknownRevision: (rev: string) => `Unknown revision "${rev}": no commit has that name.`,
  versionInFull: (id: string, word: string) => `A release version is written in full, without "v", as in ${id || '<id>'}@${word.replace(/^v/, '').split('.').concat(['0', '0']).slice(0, 3).join('.')}.`,
  unknownRevisionHint: 'Check the spelling; "git log --oneline" lists commits, "git branch" and "git tag" list names.',
  noCommits: 'The repository has no commits yet, so there is no history to read.',
  noCommitsHint: 'Commit the prompts first ("git add .prompts && git commit").',
  noRelease: (id: string, version: string) => `No release ${id}@${version}: there is no such release tag.`,
  noReleases: (id: string) => `No release of "${id}" yet, so ${id}@latest names nothing.`,
  releasesHint: (versions: string[], tags: string[], newTag: string) =>
    versions.length ? `Released versions: ${versions.join(', ')} (tag${tags.length === 1 ? '' : 's'} ${tags.join(', ')}).` : `Release it with "promptgit release", which creates the tag ${newTag}.`,
  notAtRevision: (id: string, rev: string) => `Prompt "${id}" did not exist at ${rev}.`,
  notAtRevisionHint: (id: string) => `Run "promptgit log ${id}" to see the commits that have it.`,
  notInIndex: (id: string) => `Prompt "${id}" is not in the index (staged files).`,
  notInIndexHint: (id: string) => `Stage it with "git add .prompts/${id}.yaml".`,
  notAPromptOrRevision: (word: string) => `"${word}" is neither a prompt nor a revision.`,
  notAPromptOrRevisionHint: 'Run "promptgit list" for prompt ids; a revision is HEAD, HEAD~3, a branch, a tag or a commit.',
  versionNeedsId: (word: string) => `"${word}" is a version: name the prompt too, as <id>@${word}.`,
  tooManyRefs: 'diff takes at most two references (or a prompt id and two revisions).',
  stagedWithRefs: '--staged compares the index with HEAD, so it takes no revisions.',
  unreadable: (spec: string) => `Cannot read ${spec}: it is not UTF-8 text.`,
  noHistory: (id: string) => `Prompt "${id}" has no committed history.`,
  checkIdHint: 'Check the id; "promptgit list" lists the prompts.',
  noHistoryHint: (id: string) => `Commit it first; "promptgit show ${id}" shows the working tree's version.`,
  badCount: (value: string) => `-n must be a positive whole number, not "${value}".`,
  noDifferences: 'No prompt changes.',
  badFormat: (f: string) => `Unknown diff format "${f}".`,
  badFormatHint: 'Use --format text, json or markdown.',
  /** `--stat` counts changes on every line, by level: `3 changes (2 breaking, 1 fix)`. */
  statChanges: (counts: readonly (readonly [string, number])[]) => {
    const n = counts.reduce((sum, [, k]) => sum + k, 0);
    const parts = counts.filter(([, k]) => k > 0).map(([level, k]) => `${k} ${level}`);
    return `${n} change${n === 1 ? '' : 's'}${parts.length ? ` (${parts.join(', ')})` : ''}`;
  },
  statTotal: (changes: string, prompts: number) => `${changes} in ${prompts} prompt${prompts === 1 ? '' : 's'}`,
} as const;
