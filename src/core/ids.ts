import path from 'node:path';
import { renderMessages as m } from '../messages/render.js';
import { idRefProblem } from './ref-names.js';
import { DEFAULT_FOLDERS, PROMPTS_DIR, folderOfPath, type PromptFolders } from './folders.js';

export { PROMPTS_DIR };
export const CONFIG_FILE = '_config.yaml';
export const SCHEMA_FILE = '_schema.json';
export const PARTIALS_DIR = '_partials';
/** The config's repository-relative path. */
export const CONFIG_PATH = `${PROMPTS_DIR}/${CONFIG_FILE}`;

const SEGMENT = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
/** Longest extension first, so `x.prompt.yml` is `x`, not `x.prompt`. */
const EXTENSIONS = ['.prompt.yaml', '.prompt.yml', '.yaml', '.yml'];
/** In a folder other than `.prompts/` (a workflow folder holds other YAML), only GitHub Models' names. */
const OTHER_FOLDER_EXTENSIONS = ['.prompt.yaml', '.prompt.yml'];

function extensionsOf(folder: string): readonly string[] {
  return folder === PROMPTS_DIR ? EXTENSIONS : OTHER_FOLDER_EXTENSIONS;
}

/** Why an id is invalid, or undefined when it is valid. */
export function idProblem(id: string): string | undefined {
  if (id.length === 0) return 'the id is empty';
  if (id.startsWith('/') || path.isAbsolute(id) || /^[A-Za-z]:/.test(id)) return 'an id is a path under .prompts/, not an absolute path';
  if (id.includes('\\')) return 'use "/" between the segments of an id';
  for (const segment of id.split('/')) {
    if (segment === '..' || segment === '.') return 'an id cannot leave .prompts/ ("." and ".." are not allowed)';
    if (segment === '') return 'an id cannot have an empty segment ("//" or a trailing "/")';
    if (segment.startsWith('_') || segment.startsWith('.')) return `"${segment}" starts with "_" or ".", which are reserved for promptgit's own files`;
    if (!SEGMENT.test(segment)) return `"${segment}" may only use letters, digits, ".", "_" and "-", and must start with a letter or digit`;
  }
  if (EXTENSIONS.some((ext) => id.toLowerCase().endsWith(ext))) return 'leave out the file extension: the id of .prompts/a/b.yaml is a/b';
  // Releases tag the id (prompts/<id>@<version>): an id git cannot tag would fail only then.
  return idRefProblem(id);
}

/**
 * Why a `{{> name}}` cannot name a file under `.prompts/_partials/`, or undefined when it can.
 * Render refuses such a name and lint never advises creating its file: it would lie outside.
 */
export function partialNameProblem(name: string): string | undefined {
  if (name.length === 0) return m.partialNameEmpty;
  if (name.startsWith('/') || path.isAbsolute(name) || /^[A-Za-z]:/.test(name)) return m.partialNameAbsolute;
  if (name.includes('\\')) return m.partialNameBackslash;
  // NUL cannot be in a file name, and a newline would print the advice on two lines.
  if (/[\u0000-\u001f\u007f]/.test(name)) return m.partialNameControl;
  for (const segment of name.split('/')) {
    if (segment === '.' || segment === '..') return m.partialNameDots;
    if (segment === '') return m.partialNameEmptySegment;
  }
  return undefined;
}

/** The files that can hold a prompt id, one per folder and prompt extension (in the case given). */
export function idFiles(id: string, folders: PromptFolders = DEFAULT_FOLDERS): string[] {
  return folders.flatMap((folder) => extensionsOf(folder).map((ext) => `${folder}/${id}${ext}`));
}

/** Strips a prompt file extension (those of `folder`), or returns undefined when the name is not a prompt file there. */
export function stripPromptExtension(name: string, folder: string = PROMPTS_DIR): string | undefined {
  const lower = name.toLowerCase();
  const ext = extensionsOf(folder).find((e) => lower.endsWith(e));
  return ext === undefined ? undefined : name.slice(0, -ext.length);
}

/**
 * The prompt id of a repository-relative path (forward slashes), or undefined when the
 * path is not a prompt: outside the prompt folders, not YAML (outside `.prompts/`: not
 * `*.prompt.yml`), or a reserved `_`/`.` name. The id is the path inside its folder.
 */
export function idFromPath(relPath: string, folders: PromptFolders = DEFAULT_FOLDERS): string | undefined {
  const folder = folderOfPath(relPath, folders);
  if (folder === undefined) return undefined;
  const id = stripPromptExtension(relPath.slice(folder.length + 1), folder);
  if (id === undefined || idProblem(id) !== undefined) return undefined;
  return id;
}

/** The repository-relative path a new prompt with this id is written to. */
export function pathForNewId(id: string): string {
  return `${PROMPTS_DIR}/${id}.yaml`;
}

/** Repository-relative path with forward slashes, whatever the platform. */
export function toPosix(p: string): string {
  return p.split(path.sep).join('/');
}
