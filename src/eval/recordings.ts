import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROMPTS_DIR } from '../core/ids.js';

/** Recorded answers live beside the prompts, to be committed: `.prompts/_recordings/<id>.jsonl`. */
export const RECORDINGS_DIR = `${PROMPTS_DIR}/_recordings`;

export function recordingFile(id: string): string {
  return `${RECORDINGS_DIR}/${id}.jsonl`;
}

interface Entry {
  hash: string;
  model: string;
  answer: string;
}

/** The recordings of a run: read per prompt when first needed, written back sorted by hash (a stable diff). */
export class Recordings {
  private readonly byId = new Map<string, Map<string, Entry>>();
  private readonly changed = new Set<string>();
  constructor(private readonly root: string) {}

  private entries(id: string): Map<string, Entry> {
    let entries = this.byId.get(id);
    if (entries) return entries;
    entries = new Map();
    let text = '';
    try {
      text = readFileSync(path.join(this.root, recordingFile(id)), 'utf8');
    } catch {
      // No recordings yet for this prompt.
    }
    for (const line of text.split(/\r?\n/)) {
      if (line.trim() === '') continue;
      try {
        const entry = JSON.parse(line) as Entry;
        if (typeof entry.hash === 'string' && typeof entry.answer === 'string') entries.set(entry.hash, entry);
      } catch {
        // A line broken by a bad merge is skipped; replay then names the request it lacks.
      }
    }
    this.byId.set(id, entries);
    return entries;
  }

  get(id: string, hash: string): string | undefined {
    return this.entries(id).get(hash)?.answer;
  }

  add(id: string, hash: string, model: string, answer: string): void {
    if (answer === '') return;
    const entries = this.entries(id);
    if (entries.get(hash)?.answer === answer) return;
    entries.set(hash, { hash, model, answer });
    this.changed.add(id);
  }

  /** Writes every prompt's file that gained an answer, atomically; returns the files written. */
  async save(): Promise<string[]> {
    const { default: writeFileAtomic } = await import('write-file-atomic');
    const written: string[] = [];
    for (const id of [...this.changed].sort()) {
      const file = path.join(this.root, recordingFile(id));
      mkdirSync(path.dirname(file), { recursive: true });
      const lines = [...this.entries(id).values()].sort((a, b) => (a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0)).map((e) => JSON.stringify({ hash: e.hash, model: e.model, answer: e.answer }));
      await writeFileAtomic(file, `${lines.join('\n')}\n`);
      written.push(recordingFile(id));
    }
    this.changed.clear();
    return written;
  }
}
