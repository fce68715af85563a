/** What `promptgit merge-driver` and `hook install --merge-driver` say. */
export const mergeMessages = {
  conflicts: (file: string, fields: readonly string[]) =>
    `promptgit: ${file}: conflict in ${fields.length === 1 ? 'field' : 'fields'} ${fields.join(', ')}; the other fields merged. Resolve the markers, check with "promptgit lint", then "git add" the file.`,
  textConflicts: (file: string, count: number) =>
    `promptgit: ${file} is not a prompt on every side, so it was merged as plain text: ${count} ${count === 1 ? 'conflict' : 'conflicts'} to resolve.`,
  binary: (file: string) => `promptgit: ${file} is not text on every side; ours was kept. Pick a side with "git checkout --ours|--theirs -- <file>".`,
  missingFile: (file: string) => `The merge driver cannot read ${file}.`,
  missingFileHint: 'Git runs "promptgit merge-driver %O %A %B %P" with the files of a merge; run "promptgit hook install --merge-driver" to set it up.',
  driverName: 'promptgit: prompt files merged field by field',
  outcome: {
    installed: (attributes: string) => `Installed the merge driver: merge.promptgit in this repository's git config, and "merge=promptgit" for .prompts/ in ${attributes}. Commit ${attributes}; each clone runs "promptgit hook install --merge-driver" once.`,
    unchanged: (attributes: string) => `The merge driver is already installed (merge.promptgit in the git config, ${attributes}); nothing changed.`,
    removed: (attributes: string) => `Removed the merge driver: merge.promptgit from the git config, and promptgit's lines from ${attributes}.`,
    absent: (_attributes: string) => 'No promptgit merge driver is installed; nothing to remove.',
  },
} as const;
