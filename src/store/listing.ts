import type { Diagnostic } from '../core/diagnostics.js';
import { DEFAULT_FOLDERS, folderOfPath, type PromptFolders } from '../core/folders.js';
import { PARTIALS_DIR, PROMPTS_DIR, idProblem, stripPromptExtension } from '../core/ids.js';
import { storeMessages as m } from '../messages/store.js';

/** A prompt file of a state. */
export interface PromptEntry {
  id: string;
  /** Repository-relative, forward slashes. */
  file: string;
}

/** A file that has a prompt's extension but cannot be read as one prompt. */
export interface InvalidEntry {
  file: string;
  /** The id the name would have, when it is a valid id shared with another file. */
  id?: string;
  reason: string;
}

/** What a state holds in its prompt folders (`.prompts/` and any the config names), classified. */
export interface Listing {
  /** Prompts with valid, unique ids, sorted by id. */
  prompts: PromptEntry[];
  /** Partial name (path under `_partials/` without `.md`) to file. */
  partials: Map<string, string>;
  /** Files named like prompts that are not valid ones: bad names, two files for one id. */
  invalid: InvalidEntry[];
  /** Ids that more than one file claims, with those files. */
  ambiguous: Map<string, string[]>;
  /** Every file in the prompt folders. */
  files: string[];
  /** The folders listed: ids of their paths come from idFromPath(file, folders). */
  folders: PromptFolders;
  /** Problems to report by file (the `file-name` lint rule): one per invalid entry, plus the walk's own. */
  diagnostics: Diagnostic[];
}

const PARTIALS_PREFIX = `${PROMPTS_DIR}/${PARTIALS_DIR}/`;

/** The name of a partial file (`.prompts/_partials/a/b.md` -> `a/b`), or undefined. */
export function partialName(file: string): string | undefined {
  return file.startsWith(PARTIALS_PREFIX) && file.endsWith('.md') ? file.slice(PARTIALS_PREFIX.length, -3) : undefined;
}

/** The file of a partial name. */
export function partialFile(name: string): string {
  return `${PARTIALS_PREFIX}${name}.md`;
}

/** Files promptgit owns or that are reserved: `_config.yaml`, anything under a `_` or `.` folder or name. */
function reserved(rel: string): boolean {
  return rel.split('/').some((segment) => segment.startsWith('_') || segment.startsWith('.'));
}

export function fileNameProblem(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, message, code: 'file-name', severity: 'error' };
}

/**
 * Classifies the files of a state (repository-relative paths). A file with a prompt
 * extension is a prompt when its name is a valid id and no other file has that id (in
 * any folder); else it is invalid, and reported, never silently skipped.
 */
export function classifyFiles(files: readonly string[], walkDiagnostics: readonly Diagnostic[] = [], folders: PromptFolders = DEFAULT_FOLDERS): Listing {
  const listing: Listing = { prompts: [], partials: new Map(), invalid: [], ambiguous: new Map(), files: [...files], folders, diagnostics: [...walkDiagnostics] };
  const byId = new Map<string, string[]>();
  for (const file of files) {
    const folder = folderOfPath(file, folders);
    if (folder === undefined) continue;
    const name = partialName(file);
    if (name !== undefined) {
      listing.partials.set(name, file);
      continue;
    }
    const rel = file.slice(folder.length + 1);
    if (reserved(rel)) continue;
    const id = stripPromptExtension(rel, folder);
    if (id === undefined) continue;
    const problem = idProblem(id);
    if (problem) {
      listing.invalid.push({ file, reason: m.invalidName(file, problem) });
      continue;
    }
    byId.set(id, [...(byId.get(id) ?? []), file]);
  }
  for (const [id, claimed] of byId) {
    if (claimed.length === 1) {
      listing.prompts.push({ id, file: claimed[0]! });
      continue;
    }
    const sorted = [...claimed].sort();
    listing.ambiguous.set(id, sorted);
    for (const file of sorted) listing.invalid.push({ file, id, reason: m.duplicateId(id, sorted.filter((f) => f !== file)) });
  }
  listing.prompts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  listing.invalid.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  for (const entry of listing.invalid) listing.diagnostics.push(fileNameProblem(entry.file, entry.reason));
  return listing;
}
