import { lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from './diagnostics.js';
import { PARTIALS_DIR, PROMPTS_DIR, idFromPath } from './ids.js';

/** A prompt file found under `.prompts/`. */
export interface PromptEntry {
  id: string;
  /** Repository-relative, forward slashes. */
  file: string;
}

export interface Scan {
  prompts: PromptEntry[];
  /** Partial name (path under `_partials/` without `.md`) to repository-relative file. */
  partials: Map<string, string>;
  diagnostics: Diagnostic[];
}

function problem(file: string, message: string, code = 'valid-yaml'): Diagnostic {
  return { file, line: 1, column: 1, message, code, severity: 'error' };
}

/**
 * Lists the prompt files and partials under `<root>/.prompts`, sorted by id. Symbolic
 * links are followed only when they stay inside the repository.
 */
export function scanPrompts(root: string): Scan {
  const scan: Scan = { prompts: [], partials: new Map(), diagnostics: [] };
  const realRoot = realpathSync(root);
  const walk = (relDir: string): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code === 'ENOTDIR') return void scan.diagnostics.push(problem(relDir, `${relDir} is a file; it must be a folder of prompts.`));
      throw error;
    }
    for (const entry of entries) {
      const rel = `${relDir}/${entry.name}`;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        let target: string;
        try {
          target = realpathSync(path.join(root, rel));
        } catch {
          scan.diagnostics.push(problem(rel, 'Broken symbolic link; remove it or point it at a file in the repository.'));
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          // Only where a prompt or a folder of prompts would be read; other files are not ours.
          const reserved = entry.name.startsWith('_') || entry.name.startsWith('.');
          if (idFromPath(rel) !== undefined || (!reserved && lstatSync(target).isDirectory())) {
            scan.diagnostics.push(problem(rel, 'Symbolic link points outside the repository; promptgit only reads files inside it.'));
          }
          continue;
        }
        const stat = lstatSync(target);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isDir) {
        if (relDir === PROMPTS_DIR && entry.name === PARTIALS_DIR) walkPartials(rel);
        else if (!entry.name.startsWith('.') && !entry.name.startsWith('_')) walk(rel);
      } else if (isFile) {
        const id = idFromPath(rel);
        if (id !== undefined) scan.prompts.push({ id, file: rel });
      }
    }
  };
  const walkPartials = (relDir: string): void => {
    for (const [name, file] of scanPartials(root, relDir)) scan.partials.set(name, file);
  };
  walk(PROMPTS_DIR);
  scan.prompts.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return scan;
}

/** Partials under `.prompts/_partials/`: name (path without `.md`) to repository-relative file. */
export function scanPartials(root: string, relDir = `${PROMPTS_DIR}/${PARTIALS_DIR}`, prefix = ''): Map<string, string> {
  const partials = new Map<string, string>();
  let entries: Dirent[];
  try {
    entries = readdirSync(path.join(root, relDir), { withFileTypes: true });
  } catch {
    return partials;
  }
  for (const entry of entries) {
    const rel = `${relDir}/${entry.name}`;
    if (entry.isDirectory()) for (const [n, f] of scanPartials(root, rel, `${prefix}${entry.name}/`)) partials.set(n, f);
    else if (entry.isFile() && entry.name.endsWith('.md')) partials.set(prefix + entry.name.slice(0, -3), rel);
  }
  return partials;
}

/** Reads a repository-relative file as bytes. */
export function readRepoFile(root: string, file: string): Buffer {
  return readFileSync(path.join(root, file));
}

/**
 * Real paths of folders, kept until the current synchronous load ends: loading 5,000 prompts
 * then resolves each folder once, not each file's every parent, and a later load sees changes.
 */
const realDirs = new Map<string, string>();
function realDir(dir: string): string {
  let real = realDirs.get(dir);
  if (real === undefined) {
    if (realDirs.size === 0) setImmediate(() => realDirs.clear());
    real = realpathSync(dir);
    realDirs.set(dir, real);
  }
  return real;
}

/**
 * Why a repository file cannot be read as a prompt: a link (itself or a folder above it)
 * that leads outside the repository, or something other than a regular file (a FIFO
 * would block the read).
 */
export function repoFileProblem(root: string, file: string): string | undefined {
  const full = path.join(root, file);
  let target: string;
  let isFile: boolean;
  try {
    const stat = lstatSync(full);
    target = stat.isSymbolicLink() ? realpathSync(full) : path.join(realDir(path.dirname(full)), path.basename(full));
    isFile = stat.isSymbolicLink() ? statSync(target).isFile() : stat.isFile();
  } catch {
    return 'Broken symbolic link; remove it or point it at a file in the repository.';
  }
  if (!target.startsWith(realDir(root) + path.sep)) return 'Symbolic link points outside the repository; promptgit only reads files inside it.';
  return isFile ? undefined : 'Not a regular file; a prompt must be a YAML file.';
}
