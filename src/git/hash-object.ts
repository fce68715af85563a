import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { GitError } from '../errors.js';
import { runGit } from './run.js';

export interface TagObject {
  /** The tag name without `refs/tags/`. */
  name: string;
  /** The commit it points at. */
  object: string;
  message: string;
}

/** A tag message as git stores it: ending with a newline. */
export function tagMessage(message: string): string {
  return message.endsWith('\n') ? message : `${message}\n`;
}

/**
 * Writes annotated, unsigned tag objects (not refs) in one `git hash-object --stdin-paths`
 * call, rather than one `git tag` or `git mktag` process per tag. Returns their ids in order.
 */
export async function writeTagObjects(root: string, tags: readonly TagObject[], tagger: string): Promise<string[]> {
  if (tags.length === 0) return [];
  const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-tags-'));
  try {
    const files = tags.map((tag, i) => {
      const file = path.join(dir, `${i}.tag`);
      writeFileSync(file, `object ${tag.object}\ntype commit\ntag ${tag.name}\ntagger ${tagger}\n\n${tagMessage(tag.message)}`);
      return file;
    });
    const out = await runGit(root, ['hash-object', '-w', '-t', 'tag', '--stdin-paths'], { input: files.join('\n') + '\n' });
    const ids = out.trim().split('\n');
    if (ids.length !== tags.length) throw new GitError(`git hash-object wrote ${ids.length} tag objects, expected ${tags.length}.`);
    return ids;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
