import { runGit } from './run.js';

/** Who the tags are by: `Name <email> <time> <zone>`, as git would write it. */
export async function taggerIdent(root: string): Promise<string> {
  return (await runGit(root, ['var', 'GIT_COMMITTER_IDENT'])).trim();
}
