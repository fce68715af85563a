import { foldersOverlap, folderProblem, PROMPTS_DIR } from '../core/folders.js';
import { listPromptYmlFiles } from '../git/index.js';

/**
 * The folders holding the repository's GitHub Models files (outside `.prompts/` and
 * node_modules), outermost first: a file in `a/b/` and one in `a/` make the one folder `a`,
 * since folders cannot nest. Files at the root are left out (the root cannot be a folder).
 */
export async function discoverFolders(root: string): Promise<string[]> {
  const files = (await listPromptYmlFiles(root)).filter((file) => !file.split('/').includes('node_modules') && !file.startsWith(`${PROMPTS_DIR}/`));
  const dirs = [...new Set(files.map((file) => file.slice(0, Math.max(0, file.lastIndexOf('/')))))].filter((dir) => folderProblem(dir) === undefined);
  const kept: string[] = [];
  for (const dir of dirs.sort((a, b) => a.length - b.length || (a < b ? -1 : 1))) if (!kept.some((k) => foldersOverlap(k, dir))) kept.push(dir);
  return kept.sort();
}

/** The config template with the discovered folders recorded. */
export function withFolders(config: string, folders: readonly string[]): string {
  const list = [PROMPTS_DIR, ...folders].map((f) => JSON.stringify(f)).join(', ');
  return `${config.replace(/\n*$/, '\n')}\n# Folders that hold prompts (in those other than .prompts/, only *.prompt.yml / *.prompt.yaml files); found by promptgit init.\nfolders: [${list}]\n`;
}
