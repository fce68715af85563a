import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_PATH } from '../core/config.js';
import { decodePromptBytes } from '../core/decode.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { readPartials } from '../core/load.js';
import { PARTIALS_DIR, PROMPTS_DIR, idFromPath } from '../core/ids.js';
import { scanPrompts } from '../core/files.js';
import { indexPaths, readObjects, stagedPaths } from '../git/index.js';
import { resolveTargets } from './targets.js';
import type { LintEntry, Selection } from './task.js';

/** What a lint run reads: from the working tree, or from the index with --staged. */
export interface LintInput {
  /** The text of `.prompts/_config.yaml`, when there is one. */
  configText?: string;
  /** The prompts to read and lint, in path order; read one at a time, so a large repository is never held in memory at once. */
  entries: LintEntry[];
  /** When the run was narrowed by arguments or --staged: which of the entries are linted. */
  select?: Selection;
  allIds: string[];
  partials: Map<string, string>;
  /** Problems that belong to no prompt being linted (an unreadable partial). */
  diagnostics: Diagnostic[];
}

const PARTIALS_PREFIX = `${PROMPTS_DIR}/${PARTIALS_DIR}/`;

/** The working tree: every prompt, or those the arguments name (and those including a named partial). */
export function workingTreeInput(root: string, cwd: string, args: readonly string[]): LintInput {
  const scan = scanPrompts(root);
  const diagnostics = [...scan.diagnostics];
  const partials = readPartials(root, scan.partials, diagnostics);
  const files = new Map(scan.prompts.map((p) => [p.id, p.file]));
  let configText: string | undefined;
  try {
    configText = readFileSync(path.join(root, CONFIG_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const allIds = scan.prompts.map((p) => p.id);
  if (args.length === 0) return { configText, entries: scan.prompts, allIds, partials, diagnostics };
  const select = resolveTargets(args, { cwd, root, files, partials: scan.partials, has: () => false });
  // Without a named partial, only the named files need reading.
  const entries = select.partials.size === 0 ? scan.prompts.filter((p) => select.files.has(p.file)) : scan.prompts;
  return { configText, entries, select, allIds, partials, diagnostics };
}

/**
 * The index (what the commit will contain): staged prompts, and prompts including a staged
 * partial. Three git processes whatever the number of files: diff, ls-files and one cat-file.
 */
export async function stagedInput(root: string, cwd: string, args: readonly string[]): Promise<LintInput> {
  const [staged, indexed] = await Promise.all([stagedPaths(root, PROMPTS_DIR), indexPaths(root, PROMPTS_DIR)]);
  const files = new Map<string, string>();
  const partialFiles = new Map<string, string>();
  for (const file of indexed) {
    const id = idFromPath(file);
    if (id !== undefined) files.set(id, file);
    else if (file.startsWith(PARTIALS_PREFIX) && file.endsWith('.md')) partialFiles.set(file.slice(PARTIALS_PREFIX.length, -3), file);
  }
  const indexedSet = new Set(indexed);
  const named = args.length === 0 ? undefined : resolveTargets(args, { cwd, root, files, partials: partialFiles, has: (rel) => indexedSet.has(rel) });
  const stagedSet = new Set(staged);
  const stagedPartials = new Set([...partialFiles].filter(([name, file]) => stagedSet.has(file) && (!named || named.partials.has(name))).map(([name]) => name));
  const wanted = new Set([...files.values()].filter((file) => stagedSet.has(file) && (!named || named.files.has(file))));
  const toRead = [...files].filter(([, file]) => stagedPartials.size > 0 || wanted.has(file));
  const blobs = await readObjects(root, [...toRead.map(([, f]) => `:${f}`), ...[...partialFiles.values()].map((f) => `:${f}`), `:${CONFIG_PATH}`]);
  const diagnostics: Diagnostic[] = [];
  const partials = new Map<string, string>();
  for (const [name, file] of partialFiles) {
    const decoded = decodePromptBytes(blobs.get(`:${file}`) ?? Buffer.alloc(0), file);
    if (decoded.diagnostic) diagnostics.push(decoded.diagnostic);
    else partials.set(name, decoded.text);
  }
  const entries = toRead.map(([id, file]) => ({ id, file, bytes: blobs.get(`:${file}`) ?? Buffer.alloc(0) }));
  return {
    configText: blobs.get(`:${CONFIG_PATH}`)?.toString('utf8'),
    entries,
    select: { files: wanted, partials: stagedPartials },
    allIds: [...files.keys()].sort(),
    partials,
    diagnostics,
  };
}
