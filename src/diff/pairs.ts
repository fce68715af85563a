import { idFromPath } from '../core/ids.js';
import type { PathChange, PromptFolders } from '../store/index.js';

/** A prompt file on the older side, the newer side, or both. */
export interface Pair {
  from?: string;
  to?: string;
}

/** Prompt file pairs to compare; with a changed partial, every prompt present on both sides too. */
export function pairsOf(changes: readonly PathChange[], beforeFiles: readonly string[], afterFiles: readonly string[], folders: PromptFolders): Pair[] {
  const pairs: Pair[] = [];
  const seen = new Set<string>();
  for (const change of changes) {
    const from = change.status === 'A' || idFromPath(change.from, folders) === undefined ? undefined : change.from;
    const to = change.status === 'D' || idFromPath(change.path, folders) === undefined ? undefined : change.path;
    if (!from && !to) continue;
    pairs.push({ ...(from ? { from } : {}), ...(to ? { to } : {}) });
    seen.add(from ?? '').add(to ?? '');
  }
  const after = new Set(afterFiles);
  for (const file of beforeFiles) {
    if (idFromPath(file, folders) !== undefined && after.has(file) && !seen.has(file)) pairs.push({ from: file, to: file });
  }
  return pairs;
}

/** A deleted file and a new untracked file with the same text are a rename made without `git mv`. */
export function pairRenames(pairs: Pair[], readAfter: (file: string) => Buffer | undefined, readBefore: (file: string) => Buffer | undefined): Pair[] {
  const added = pairs.filter((p) => !p.from);
  const removed = pairs.filter((p) => !p.to);
  if (added.length === 0 || removed.length === 0) return pairs;
  const byText = new Map<string, Pair>();
  for (const pair of removed) byText.set(readBefore(pair.from!)?.toString('utf8') ?? '', pair);
  const out = pairs.filter((p) => p.from && p.to);
  const used = new Set<Pair>();
  for (const pair of added) {
    const match = byText.get(readAfter(pair.to!)?.toString('utf8') ?? '\0');
    if (match && !used.has(match)) {
      used.add(match);
      out.push({ from: match.from!, to: pair.to! });
    } else out.push(pair);
  }
  for (const pair of removed) if (!used.has(pair)) out.push(pair);
  return out;
}
