/** A line git wrote to mark a merge conflict, 1-based. */
export interface ConflictMarker {
  line: number;
  /** Offsets of the marker line in the text, without its line break. */
  start: number;
  end: number;
  /** The seven characters of the marker: `<<<<<<<`, `|||||||` (diff3), `=======` or `>>>>>>>`. */
  marker: string;
}

const OPEN = '<<<<<<<';

/** The marker a line starts with, as git writes them (the `=======` line holds nothing else). */
function markerOf(line: string): string | undefined {
  const head = line.slice(0, 7);
  if (head !== OPEN && head !== '|||||||' && head !== '=======' && head !== '>>>>>>>') return undefined;
  const rest = line.slice(7);
  if (rest === '' || rest === '\r') return head;
  return head !== '=======' && (rest[0] === ' ' || rest[0] === '\t') ? head : undefined;
}

/**
 * The merge-conflict markers of a text: each `<<<<<<<` line and the `|||||||`, `=======` and
 * `>>>>>>>` lines of its conflict. A marker is not YAML, and yaml would report the first as a
 * puzzling syntax error. Texts without `<<<<<<<` (nearly all) cost one substring search.
 */
export function conflictMarkers(text: string): ConflictMarker[] {
  if (!text.includes(OPEN)) return [];
  const markers: ConflictMarker[] = [];
  let open = false;
  let line = 1;
  for (let start = 0; start < text.length; line++) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const marker = markerOf(text.slice(start, end));
    if (marker === OPEN || (open && marker !== undefined)) {
      markers.push({ line, start, end: text[end - 1] === '\r' ? end - 1 : end, marker });
      open = marker !== '>>>>>>>';
    }
    start = end + 1;
  }
  return markers;
}
