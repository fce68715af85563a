import { execGit } from './run.js';

/**
 * Whether git would sign the tags promptgit makes: `tag.gpgSign`, or
 * `tag.forceSignAnnotated`, which git applies to annotated tags made without an explicit
 * `--annotate` (promptgit's are annotated, and it has no such flag). One `git config`
 * call reads both, with git's boolean rules; the last value of each key wins, as in git.
 */
export async function signsTags(root: string): Promise<boolean> {
  const out = await execGit(root, ['config', '--type=bool', '--get-regexp', '^tag\\.(gpgsign|forcesignannotated)$'], { answers: [1] });
  const values = new Map<string, string>();
  for (const line of out.stdout.toString('utf8').split('\n')) {
    const space = line.indexOf(' ');
    if (space > 0) values.set(line.slice(0, space), line.slice(space + 1));
  }
  return [...values.values()].includes('true');
}

/** The values of the repository's own config (`--local`) under `<section>.`, by key. */
export async function localConfigSection(root: string, section: string): Promise<Map<string, string>> {
  const out = await execGit(root, ['config', '--local', '--null', '--get-regexp', `^${section.replace(/\./g, '\\.')}\\.`], { answers: [1] });
  const values = new Map<string, string>();
  for (const record of out.stdout.toString('utf8').split('\0')) {
    const newline = record.indexOf('\n');
    if (newline > 0) values.set(record.slice(0, newline), record.slice(newline + 1));
  }
  return values;
}

/** Sets keys in the repository's own config, in order. */
export async function setLocalConfig(root: string, entries: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const [key, value] of entries) await execGit(root, ['config', '--local', '--end-of-options', key, value]);
}

/** Removes a whole section from the repository's own config (it must exist: see localConfigSection). */
export async function removeLocalConfigSection(root: string, section: string): Promise<void> {
  await execGit(root, ['config', '--local', '--remove-section', '--end-of-options', section]);
}
