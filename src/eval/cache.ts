import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

export type CacheMode = 'read-write' | 'read-only' | 'off';
export const CACHE_MODES: readonly CacheMode[] = ['read-write', 'read-only', 'off'];

/** Where answers are cached: git-ignored (init adds `.promptgit/` to .gitignore). */
export const CACHE_DIR = path.join('.promptgit', 'cache');

/** One file per answer, named by its key; two runs sharing the folder only ever replace a file whole. */
export class AnswerCache {
  private readonly dir: string;
  constructor(root: string, readonly mode: CacheMode) {
    this.dir = path.join(root, CACHE_DIR);
  }

  private file(key: string): string {
    return path.join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): string | undefined {
    if (this.mode === 'off') return undefined;
    try {
      const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as { answer?: unknown };
      return typeof entry.answer === 'string' && entry.answer !== '' ? entry.answer : undefined;
    } catch {
      // Missing, or half of a file another tool wrote: a miss, answered again.
      return undefined;
    }
  }

  /** Stores an answer (never an empty one: an empty reply is more likely a fault than an answer). */
  async set(key: string, answer: string): Promise<void> {
    if (this.mode !== 'read-write' || answer === '') return;
    const file = this.file(key);
    mkdirSync(path.dirname(file), { recursive: true });
    const { default: writeFileAtomic } = await import('write-file-atomic');
    await writeFileAtomic(file, `${JSON.stringify({ answer })}\n`);
  }
}
