import { GitError } from '../errors.js';
import { execGit } from './run.js';

/**
 * Reads many objects (`<rev>:<path>`, `:<path>` for the index, or object names) through
 * one `git cat-file --batch` process, whatever their number. Missing objects map to
 * undefined. The output is read as bytes: the sizes in its headers count bytes.
 */
export async function readObjects(cwd: string, specs: readonly string[]): Promise<Map<string, Buffer | undefined>> {
  const result = new Map<string, Buffer | undefined>();
  const unique = [...new Set(specs)];
  if (unique.length === 0) return result;
  for (const spec of unique) {
    if (/[\n\r]/.test(spec)) throw new GitError(`Cannot read "${spec}": object names cannot contain a newline.`);
  }
  const { stdout: out } = await execGit(cwd, ['cat-file', '--batch'], { input: unique.join('\n') + '\n' });
  let offset = 0;
  for (const spec of unique) {
    const newline = out.indexOf(0x0a, offset);
    if (newline === -1) throw new GitError('git cat-file ended early; the repository may be corrupt.');
    const header = out.subarray(offset, newline).toString('utf8');
    offset = newline + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      result.set(spec, undefined);
      continue;
    }
    const size = Number(header.slice(header.lastIndexOf(' ') + 1));
    result.set(spec, out.subarray(offset, offset + size));
    offset += size + 1;
  }
  return result;
}
