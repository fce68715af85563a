import { readFileSync } from 'node:fs';
import path from 'node:path';
import { CONFIG_PATH } from '../core/config.js';
import { decodePromptBytes } from '../core/decode.js';
import type { Diagnostic } from '../core/diagnostics.js';
import { readPartials } from '../core/load.js';
import { PARTIALS_DIR, PROMPTS_DIR, idFromPath } from '../core/ids.js';
import { scanPrompts, readRepoFile } from '../core/files.js';
import { parsePrompt, type ParsedPrompt } from '../core/parse.js';
import { indexPaths, readObjects, stagedPaths } from '../git/index.js';
import { resolveTargets } from './targets.js';
import { partialClosure, templateFields, tryParse } from './templates.js';

/** What a lint run reads: from the working tree, or from the index with --staged. */
export interface LintInput {
  /** The text of `.prompts/_config.yaml`, when there is one. */
  configText?: string;
  /** Parsed one at a time as the run reaches them, so a large repository is never held in memory at once. */
  prompts: Iterable<ParsedPrompt>;
  allIds: string[];
  partials: Map<string, string>;
  /** Problems that belong to no prompt being linted (an unreadable partial). */
  diagnostics: Diagnostic[];
}

function parseBytes(bytes: Buffer, id: string, file: string): ParsedPrompt {
  const decoded = decodePromptBytes(bytes, file);
  if (!decoded.diagnostic) return parsePrompt(decoded.text, id, file);
  return { ...parsePrompt('', id, file), text: '', diagnostics: [decoded.diagnostic] };
}

/** Whether a prompt includes, directly or not, one of `names`. */
function includesAny(prompt: ParsedPrompt, names: ReadonlySet<string>, partials: ReadonlyMap<string, string>): boolean {
  const direct = templateFields(prompt).flatMap((f) => tryParse(f.text)?.partials.map((p) => p.name) ?? []);
  return [...partialClosure(direct, partials)].some((name) => names.has(name));
}

const PARTIALS_PREFIX = `${PROMPTS_DIR}/${PARTIALS_DIR}/`;

/** The working tree: every prompt, or those the arguments name (and those including a named partial). */
export function workingTreeInput(root: string, cwd: string, args: readonly string[], parsed?: ReadonlyMap<string, ParsedPrompt>): LintInput {
  const scan = scanPrompts(root);
  const diagnostics = [...scan.diagnostics];
  const partials = readPartials(root, scan.partials, diagnostics);
  const files = new Map(scan.prompts.map((p) => [p.id, p.file]));
  const read = (id: string, file: string) => parsed?.get(file) ?? parseBytes(readRepoFile(root, file), id, file);
  let configText: string | undefined;
  try {
    configText = readFileSync(path.join(root, CONFIG_PATH), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const allIds = scan.prompts.map((p) => p.id);
  const targets = args.length === 0 ? undefined : resolveTargets(args, { cwd, root, files, partials: scan.partials, has: () => false });
  function* prompts(): Generator<ParsedPrompt> {
    for (const entry of scan.prompts) {
      if (targets && !targets.files.has(entry.file) && targets.partials.size === 0) continue;
      const prompt = read(entry.id, entry.file);
      if (!targets || targets.files.has(prompt.file) || includesAny(prompt, targets.partials, partials)) yield prompt;
    }
  }
  return { configText, prompts: prompts(), allIds, partials, diagnostics };
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
  const wanted = (file: string) => stagedSet.has(file) && (!named || named.files.has(file));
  const toRead = [...files].filter(([, file]) => stagedPartials.size > 0 || wanted(file));
  const blobs = await readObjects(root, [...toRead.map(([, f]) => `:${f}`), ...[...partialFiles.values()].map((f) => `:${f}`), `:${CONFIG_PATH}`]);
  const diagnostics: Diagnostic[] = [];
  const partials = new Map<string, string>();
  for (const [name, file] of partialFiles) {
    const decoded = decodePromptBytes(blobs.get(`:${file}`) ?? Buffer.alloc(0), file);
    if (decoded.diagnostic) diagnostics.push(decoded.diagnostic);
    else partials.set(name, decoded.text);
  }
  const prompts = toRead
    .map(([id, file]) => parseBytes(blobs.get(`:${file}`) ?? Buffer.alloc(0), id, file))
    .filter((p) => wanted(p.file) || includesAny(p, stagedPartials, partials));
  return { configText: blobs.get(`:${CONFIG_PATH}`)?.toString('utf8'), prompts, allIds: [...files.keys()].sort(), partials, diagnostics };
}
