/**
 * Shortens `text` to at most `width` characters at a word boundary, ending with "…" when
 * anything was cut: a table row stays one terminal line and no word is shown in half.
 * Characters are counted as code points; wide (CJK) characters count as one.
 */
export function truncateWords(text: string, width: number): string {
  const chars = [...text];
  if (chars.length <= width) return text;
  if (width < 1) return '';
  // Room for the ellipsis; cut at the last blank that leaves a word whole.
  const room = chars.slice(0, width).join('');
  const cut = room.search(/\s+\S*$/);
  const kept = (cut === -1 ? '' : room.slice(0, cut)).trimEnd();
  return kept === '' ? '…' : `${kept}…`;
}
