import semver from 'semver';
import { isMap, isScalar, isSeq, type YAMLMap, type YAMLSeq } from 'yaml';
import { entriesOf, itemsOf, lineStart, reindent, Unsupported, type Entry } from './regions.js';
import { mergeRows } from './rows.js';
import { fieldName, join, type Edit, type FieldPath, type MergeContext, type Outcome } from './types.js';

type Side = 'base' | 'ours' | 'theirs';
const none = (): Outcome => ({ edits: [], conflicts: [] });
const valueOf = (entry: Entry | undefined) => entry?.pair.value;

/** Where a field theirs added goes in ours: after the field it follows in theirs, else before ours' first. */
function insertion(ours: Entry[], theirs: Entry[], key: string, norm: string): Edit {
  const at = theirs.findIndex((e) => e.key === key);
  for (let i = at - 1; i >= 0; i--) {
    const anchor = ours.find((e) => e.key === theirs[i]!.key);
    if (anchor) return { start: anchor.end, end: anchor.end, text: reindent(norm, anchor.column, true) };
  }
  const first = ours[0];
  if (!first?.atLineStart) throw new Unsupported('no place to insert');
  const start = first.start - first.column;
  return { start, end: start, text: reindent(norm, first.column, true) };
}

/** Ours' text between the field before `index` (or the file's start) and this one: comments, blank lines. */
function gapBefore(text: string, entries: Entry[], index: number): { start: number; end: number; text: string } {
  const start = index === 0 ? 0 : entries[index - 1]!.end;
  const end = index === entries.length ? text.length : lineStart(text, entries[index]!.start);
  return { start, end, text: text.slice(start, end) };
}

/**
 * The top level's comments and blank lines between fields: theirs' when only theirs changed
 * them, ours' otherwise (a comment never conflicts). Nested maps keep ours' comments.
 */
function mergeGaps(ctx: MergeContext, all: Record<Side, Entry[]>): Edit[] {
  const edits: Edit[] = [];
  const at = (side: Side, key: string | undefined) => {
    const list = all[side];
    const index = key === undefined ? list.length : list.findIndex((e) => e.key === key);
    return index === -1 ? undefined : gapBefore(ctx.texts[side], list, index);
  };
  for (const key of [...all.ours.map((e) => e.key), undefined]) {
    const [o, a, b] = (['base', 'ours', 'theirs'] as const).map((side) => at(side, key));
    if (o && a && b && o.text === a.text && b.text !== a.text) edits.push({ start: a.start, end: a.end, text: b.text });
  }
  return edits;
}

/** A field both sides changed, merged as text: clean, or wrapped in git's conflict markers (whole lines). */
async function mergeAsText(ctx: MergeContext, path: FieldPath, o: Entry | undefined, a: Entry | undefined, b: Entry | undefined, ours: Entry[], theirs: Entry[]): Promise<Outcome> {
  const merged = await ctx.merge3(o?.norm ?? '', a?.norm ?? '', b?.norm ?? '');
  const conflicts = merged.conflicts > 0 ? [fieldName(path)] : [];
  if (!a) return { edits: merged.text === '' ? [] : [insertion(ours, theirs, String(path[path.length - 1]), merged.text)], conflicts };
  if (merged.conflicts === 0) {
    if (merged.text !== '') return { edits: [{ start: a.start, end: a.end, text: reindent(merged.text, a.column) }], conflicts };
    if (!a.atLineStart) throw new Unsupported('cannot delete');
    return { edits: [{ start: a.start - a.column, end: a.end, text: '' }], conflicts };
  }
  // Markers must start their lines: a field after "- " is merged by the field around it.
  if (!a.atLineStart) throw new Unsupported('conflict inside a line');
  return { edits: [{ start: a.start - a.column, end: a.end, text: reindent(merged.text, a.column, true) }], conflicts };
}

/** `version` both changed: the higher wins (semver), so a merge never goes back a release. */
function higherVersion(a: Entry, b: Entry): Edit[] | undefined {
  const [va, vb] = [valueOf(a), valueOf(b)].map((v) => (isScalar(v) ? semver.valid(String(v.value)) : null));
  if (!va || !vb) return undefined;
  return semver.gt(vb, va) ? [{ start: a.start, end: a.end, text: reindent(b.norm, a.column) }] : [];
}

/** Messages both changed, as many on each side: each message merged field by field, by position. */
async function mergeMessages(ctx: MergeContext, path: FieldPath, o: YAMLSeq, a: YAMLSeq, b: YAMLSeq): Promise<Outcome> {
  if (o.items.length !== a.items.length || a.items.length !== b.items.length) throw new Unsupported('messages added or removed');
  const out = none();
  for (let i = 0; i < a.items.length; i++) {
    const [oi, ai, bi] = [o.items[i], a.items[i], b.items[i]];
    if (!isMap(oi) || !isMap(ai) || !isMap(bi)) throw new Unsupported('message is not a mapping');
    try {
      join(out, await mergeMap(ctx, [...path, i], oi, ai, bi, false));
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
      // The message as one text: clean, or the whole messages field conflicts.
      const [ro, ra, rb] = [itemsOf(ctx.texts.base, o)[i]!, itemsOf(ctx.texts.ours, a)[i]!, itemsOf(ctx.texts.theirs, b)[i]!];
      const merged = await ctx.merge3(ro.norm, ra.norm, rb.norm);
      if (merged.conflicts > 0 || merged.text === '') throw error;
      out.edits.push({ start: ra.start, end: ra.end, text: reindent(merged.text, ra.column) });
    }
  }
  return out;
}

/** A field both sides changed, by what it is; what has no finer merge is merged as text. */
async function mergeField(ctx: MergeContext, path: FieldPath, top: boolean, o: Entry | undefined, a: Entry | undefined, b: Entry | undefined, ours: Entry[], theirs: Entry[]): Promise<Outcome> {
  const [vo, va, vb] = [valueOf(o), valueOf(a), valueOf(b)];
  if (a && b) {
    try {
      if (top && a.key === 'version') {
        const edits = higherVersion(a, b);
        if (edits) return { edits, conflicts: [] };
      } else if (top && a.key === 'testData' && isSeq(va) && isSeq(vb) && (vo == null || isSeq(vo))) {
        return { edits: mergeRows(ctx, isSeq(vo) ? vo : undefined, va, vb), conflicts: [] };
      } else if (top && a.key === 'messages' && isSeq(vo) && isSeq(va) && isSeq(vb)) {
        return await mergeMessages(ctx, path, vo, va, vb);
      } else if (isMap(va) && isMap(vb) && (vo == null || isMap(vo))) {
        return await mergeMap(ctx, path, isMap(vo) ? vo : undefined, va, vb, false);
      }
    } catch (error) {
      if (!(error instanceof Unsupported)) throw error;
    }
  }
  return mergeAsText(ctx, path, o, a, b, ours, theirs);
}

/**
 * Merges a block mapping field by field, as edits to ours' text: a field only one side
 * changed is taken from that side as written; a field both changed goes to mergeField.
 * Fields are told apart by their text (dedented), so a change of formatting or of a
 * comment inside a field is a change too, and nothing either side wrote is dropped.
 */
export async function mergeMap(ctx: MergeContext, path: FieldPath, base: YAMLMap | undefined, ours: YAMLMap, theirs: YAMLMap, top: boolean): Promise<Outcome> {
  const all: Record<Side, Entry[]> = { base: base ? entriesOf(ctx.texts.base, base) : [], ours: entriesOf(ctx.texts.ours, ours), theirs: entriesOf(ctx.texts.theirs, theirs) };
  const find = (side: Side, key: string) => all[side].find((e) => e.key === key);
  const keys = [...new Set([...all.ours, ...all.theirs].map((e) => e.key))];
  const out: Outcome = { edits: top && base ? mergeGaps(ctx, all) : [], conflicts: [] };
  for (const key of keys) {
    const [o, a, b] = [find('base', key), find('ours', key), find('theirs', key)];
    if (a?.norm === b?.norm || o?.norm === b?.norm) continue;
    if (o?.norm !== a?.norm) {
      join(out, await mergeField(ctx, [...path, key], top, o, a, b, all.ours, all.theirs));
    } else if (!b) {
      if (!a!.atLineStart) throw new Unsupported('cannot delete');
      out.edits.push({ start: a!.start - a!.column, end: a!.end, text: '' });
    } else if (!a) {
      // At the top, the comment above a field theirs added comes with it.
      const index = all.theirs.indexOf(b);
      const comment = top && index > 0 ? gapBefore(ctx.texts.theirs, all.theirs, index).text : '';
      const edit = insertion(all.ours, all.theirs, key, b.norm);
      out.edits.push({ ...edit, text: comment + edit.text });
    } else {
      out.edits.push({ start: a.start, end: a.end, text: reindent(b.norm, a.column) });
    }
  }
  return out;
}
