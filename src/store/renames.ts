import { promptFolders } from './config.js';
import { folderPathspecs } from './folders.js';
import { changedPaths, renamesUnder } from '../git/index.js';

/**
 * The paths each of `files` had before, newest first: a rename not committed yet (the index,
 * or the working tree against HEAD) from one `git diff -M`, then, only for files that diff
 * did not explain, the renames of HEAD's history from one `git log`. No commit, no renames.
 */
export async function formerPaths(root: string, files: readonly string[], staged: boolean): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  const specs = folderPathspecs(promptFolders(root));
  try {
    const pending = await changedPaths(root, { from: 'HEAD', cached: staged }, specs);
    for (const c of pending) if (c.status === 'R' && files.includes(c.path)) out.set(c.path, [c.from]);
    const rest = files.filter((f) => !out.has(f));
    if (rest.length === 0) return out;
    const history = await renamesUnder(root, specs);
    for (const file of rest) {
      const chain: string[] = [];
      // Each older rename of the path it had then: a prompt moved twice keeps both old ids.
      let at = file;
      for (const r of history) {
        if (r.path !== at) continue;
        chain.push(r.from);
        at = r.from;
      }
      if (chain.length > 0) out.set(file, chain);
    }
  } catch {
    // No commit yet (HEAD does not resolve): nothing was released under any path.
  }
  return out;
}
