/**
 * A .gitignore with `entry` added, or undefined when a line already ignores it (`.promptgit`,
 * `.promptgit/`, `/.promptgit/`, with or without trailing spaces). The file's line endings are kept.
 */
export function withIgnored(text: string | undefined, entry: string): string | undefined {
  const bare = entry.replace(/^\/+|\/+$/g, '');
  const current = text ?? '';
  const lines = current.split(/\r?\n/).map((l) => l.trim().replace(/^\/+|\/+$/g, ''));
  if (lines.includes(bare) || lines.includes(`${bare}/**`)) return undefined;
  const eol = current.includes('\r\n') ? '\r\n' : '\n';
  const sep = current === '' || current.endsWith('\n') ? '' : eol;
  return `${current}${sep}${entry}${eol}`;
}
