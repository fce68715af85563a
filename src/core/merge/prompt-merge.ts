import { isMap, type YAMLMap } from 'yaml';
import { readYamlDocument } from '../yaml-document.js';
import { mergeMap } from './map-merge.js';
import { Unsupported } from './regions.js';
import type { Edit, MergeTexts, TextMerge } from './types.js';

export type { TextMerge } from './types.js';

export interface PromptMerge {
  /** The merged file, in ours' line ends; conflict markers inside each conflicting field. */
  text: string;
  /** The fields left in conflict, as `messages[0].content`; empty when the merge is clean. */
  conflicts: string[];
}

const BOM = '\uFEFF';

/** LF text ending in a line break: what the field merge works on. */
function normalise(text: string): string {
  const lf = (text.startsWith(BOM) ? text.slice(1) : text).replace(/\r\n/g, '\n');
  return lf === '' || lf.endsWith('\n') ? lf : `${lf}\n`;
}

/** The top-level block mapping of a text; `null` for an empty text (a file both sides added); undefined when it is not one. */
function topMap(text: string): YAMLMap | null | undefined {
  if (text.trim() === '') return null;
  const { doc, refusals } = readYamlDocument(text, { keepSourceTokens: false });
  if (refusals.length > 0 || doc.errors.length > 0 || !isMap(doc.contents) || doc.contents.flow) return undefined;
  return doc.contents;
}

function apply(text: string, edits: Edit[]): string {
  // Last first, so earlier offsets hold; at one offset a replacement goes before an insertion.
  const sorted = [...edits].sort((x, y) => y.start - x.start || y.end - x.end);
  let out = text;
  let limit = Infinity;
  for (const edit of sorted) {
    if (edit.end > limit) throw new Unsupported('overlapping edits');
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
    limit = edit.start;
  }
  return out;
}

/**
 * Merges three versions of a prompt file field by field (see map-merge.ts). Returns
 * undefined when a side is not a YAML mapping, or when the merged text would not parse:
 * the caller then merges the files as plain text, which never loses a line.
 */
export async function mergePrompt(sides: MergeTexts, merge3: TextMerge): Promise<PromptMerge | undefined> {
  const texts = { base: normalise(sides.base), ours: normalise(sides.ours), theirs: normalise(sides.theirs) };
  const [base, ours, theirs] = [topMap(texts.base), topMap(texts.ours), topMap(texts.theirs)];
  if (base === undefined || !ours || !theirs) return undefined;
  let merged: string;
  let conflicts: string[];
  try {
    const outcome = await mergeMap({ texts, merge3 }, [], base ?? undefined, ours, theirs, true);
    merged = apply(texts.ours, outcome.edits);
    conflicts = outcome.conflicts;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
  if (conflicts.length === 0 && topMap(merged) === undefined) return undefined;
  return { text: restoreStyle(sides.ours, merged), conflicts };
}

/** Ours' byte order mark, line ends and final line break, on the merged text. */
function restoreStyle(ours: string, merged: string): string {
  let text = merged;
  const lfOurs = ours.replace(/\r\n/g, '\n');
  if (!lfOurs.endsWith('\n') && lfOurs !== '' && text.endsWith('\n')) text = text.slice(0, -1);
  if (ours.includes('\r\n')) text = text.replace(/\n/g, '\r\n');
  return ours.startsWith(BOM) ? BOM + text : text;
}
