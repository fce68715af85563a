/** The .gitattributes lines that send prompt files to promptgit's merge driver. */
export const ATTRIBUTE_LINES = ['# Prompt files merge field by field: "promptgit hook install --merge-driver" (see docs/merge-driver.md).', '.prompts/** merge=promptgit'] as const;

const eol = (text: string) => (text.includes('\r\n') ? '\r\n' : '\n');
const linesOf = (text: string) => text.split(/\r?\n/);

/** Whether the text already routes prompt files to the driver (the rule line, however it got there). */
export function hasAttributes(text: string): boolean {
  return linesOf(text).some((line) => line.trim() === ATTRIBUTE_LINES[1]);
}

/** The text with promptgit's lines appended, in the file's own line ends; the user's lines untouched. */
export function addAttributes(text: string): string {
  if (hasAttributes(text)) return text;
  const nl = eol(text);
  const head = text === '' || text.endsWith('\n') ? text : text + nl;
  return head + ATTRIBUTE_LINES.join(nl) + nl;
}

/** The text without promptgit's lines (exactly those), everything else as it was. */
export function removeAttributes(text: string): string {
  const nl = eol(text);
  const ours = new Set<string>(ATTRIBUTE_LINES);
  return text
    .split(nl)
    .filter((line) => !ours.has(line.replace(/\r$/, '').trim()))
    .join(nl);
}
