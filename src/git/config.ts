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
