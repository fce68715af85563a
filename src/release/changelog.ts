import type { ChangeLevel } from './bump.js';

/** One change, as the semantic diff describes it. */
export interface ChangeLine {
  level: ChangeLevel;
  summary: string;
}

export interface ChangelogEntry {
  id: string;
  version: string;
  /** YYYY-MM-DD. */
  date: string;
  changes: readonly ChangeLine[];
  /** The -m message. */
  message?: string;
  /** True for a prompt's first release. */
  first: boolean;
}

export const CHANGELOG_FILE = '.prompts/CHANGELOG.md';

const HEADER = `# Changelog

All notable changes to the prompts in this repository, newest first. Each prompt is
versioned on its own; this file is written by \`promptgit release\`
(format: [Keep a Changelog](https://keepachangelog.com/en/1.1.0/)).
`;

const GROUPS: Array<[ChangeLevel, string]> = [
  ['breaking', 'Breaking'],
  ['feature', 'Features'],
  ['fix', 'Fixes'],
];

/** The body of one entry (no heading): the message, then the changes by group. */
export function entryBody(entry: ChangelogEntry): string {
  const parts: string[] = [];
  if (entry.message) parts.push(entry.message.trim());
  if (entry.first) parts.push('First release.');
  for (const [level, title] of GROUPS) {
    const lines = entry.changes.filter((c) => c.level === level);
    if (lines.length > 0) parts.push(`### ${title}\n\n${lines.map((c) => `- ${c.summary}`).join('\n')}`);
  }
  return parts.join('\n\n');
}

export function entryHeading(entry: Pick<ChangelogEntry, 'id' | 'version' | 'date'>): string {
  return `## ${entry.id}@${entry.version} - ${entry.date}`;
}

/** The whole section of one entry, heading included. */
export function renderEntry(entry: ChangelogEntry): string {
  const body = entryBody(entry);
  return body ? `${entryHeading(entry)}\n\n${body}\n` : `${entryHeading(entry)}\n`;
}

/**
 * Adds entries at the top of an existing changelog (after its introduction, before
 * the first `## ` section), or starts a new one. Existing text is kept byte for byte.
 */
export function addEntries(existing: string | undefined, entries: readonly ChangelogEntry[]): string {
  // A changelog checked out with CRLF (core.autocrlf) keeps CRLF on every line, new ones too.
  const crlf = existing?.includes('\r\n') === true;
  const sections = entries.map(renderEntry).join('\n');
  const text = crlf ? existing!.replace(/\r\n/g, '\n') : (existing ?? HEADER);
  const match = /^## /m.exec(text);
  const base = text.length === 0 || text.endsWith('\n\n') ? text : text.endsWith('\n') ? `${text}\n` : `${text}\n\n`;
  const result = match ? `${text.slice(0, match.index)}${sections}\n${text.slice(match.index)}` : `${base}${sections}`;
  return crlf ? result.replace(/\n/g, '\r\n') : result;
}

/** The body of `## <id>@<version>` in a changelog, or undefined when there is none. */
export function findEntryBody(changelog: string, id: string, version: string): string | undefined {
  const heading = `## ${id}@${version} `;
  const all = changelog.split(/\r?\n/);
  const start = all.findIndex((line) => line.startsWith(heading) || line === heading.trimEnd());
  if (start === -1) return undefined;
  const lines = all.slice(start + 1);
  const end = lines.findIndex((line) => line.startsWith('## '));
  return (end === -1 ? lines : lines.slice(0, end)).join('\n').trim();
}
