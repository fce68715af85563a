import { existsSync, lstatSync, readdirSync, readFileSync, realpathSync, statSync, type Dirent } from 'node:fs';
import path from 'node:path';
import { decodePromptBytes, type DecodeResult } from '../core/decode.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { PARTIALS_DIR, PROMPTS_DIR, idFiles, stripPromptExtension } from '../core/ids.js';
import { storeMessages as m } from '../messages/store.js';
import { parseDecoded, type ParsedPrompt } from '../core/parse.js';
import { classifyFiles, type Listing } from './listing.js';
import { promptFolders } from './config.js';
import type { PromptFolders } from './folders.js';


function problem(file: string, message: string): Diagnostic {
  return { file, line: 1, column: 1, message, code: 'valid-yaml', severity: 'error' };
}

/**
 * Every file in the working tree's prompt folders (`.prompts` and those the config names),
 * classified. Folders whose names start with `_` or `.` are promptgit's own (only
 * `.prompts/_partials` is walked). Symbolic links are followed only when they stay inside
 * the repository; one that leaves it is reported where a prompt or partial would be read.
 */
export function listWorktree(root: string, folders: PromptFolders = promptFolders(root)): Listing {
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const folder of folders) {
    const walked = walkWorktree(root, folder, false);
    files.push(...walked.files);
    diagnostics.push(...walked.diagnostics);
  }
  return classifyFiles(files, diagnostics, folders);
}

/** Only the partials of the working tree (a walk of `_partials/` alone). */
export function listWorktreePartials(root: string): Listing {
  const { files, diagnostics } = walkWorktree(root, `${PROMPTS_DIR}/${PARTIALS_DIR}`, true);
  return classifyFiles(files, diagnostics);
}

function walkWorktree(root: string, start: string, startInPartials: boolean): { files: string[]; diagnostics: Diagnostic[] } {
  const folder = startInPartials ? PROMPTS_DIR : start;
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const realRoot = realpathSync(root);
  const walk = (relDir: string, inPartials: boolean): void => {
    let entries: Dirent[];
    try {
      entries = readdirSync(path.join(root, relDir), { withFileTypes: true });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code === 'ENOTDIR') return void diagnostics.push(problem(relDir, m.notAFolder(relDir)));
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
          if (inPartials || stripPromptExtension(entry.name, folder) !== undefined) diagnostics.push(problem(rel, m.brokenLink));
          continue;
        }
        if (target !== realRoot && !target.startsWith(realRoot + path.sep)) {
          // A partial link is listed: reading it reports it, and render names it, rather than treat it as absent.
          if (inPartials && entry.name.endsWith('.md')) files.push(rel);
          else if (stripPromptExtension(entry.name, folder) !== undefined || (!entry.name.startsWith('_') && !entry.name.startsWith('.') && lstatSync(target).isDirectory())) {
            diagnostics.push(problem(rel, m.linkOutside));
          }
          continue;
        }
        const stat = lstatSync(target);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
      }
      if (isDir) {
        if (inPartials) walk(rel, true);
        else if (relDir === PROMPTS_DIR && entry.name === PARTIALS_DIR) walk(rel, true);
        else if (!entry.name.startsWith('.') && !entry.name.startsWith('_')) walk(rel, false);
      } else if (isFile) {
        files.push(rel);
      }
    }
  };
  walk(start, startInPartials);
  return { files, diagnostics };
}

/**
 * The working-tree files that could hold a prompt id, without walking the tree: every
 * extension is tried, so two files for one id are seen.
 */
export function worktreeFilesOf(root: string, id: string, folders: PromptFolders = promptFolders(root)): string[] {
  return idFiles(id, folders).filter((file) => existsSync(path.join(root, file)));
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
    return m.brokenLink;
  }
  if (!target.startsWith(realDir(root) + path.sep)) return m.linkOutside;
  return isFile ? undefined : m.notRegular;
}

/** A working-tree file's text, or a diagnostic when it is not a readable text file inside the repository. */
export function readWorktreeText(root: string, file: string): DecodeResult {
  const why = repoFileProblem(root, file);
  if (why) return { diagnostic: problem(file, why) };
  try {
    return decodePromptBytes(readRepoFile(root, file), file);
  } catch (error) {
    return { diagnostic: problem(file, `Cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)}).`) };
  }
}

/** Parses a working-tree file as a prompt; unreadable content becomes a diagnostic. */
export function parseWorktreePrompt(root: string, id: string, file: string): ParsedPrompt {
  return parseDecoded(readWorktreeText(root, file), id, file);
}
