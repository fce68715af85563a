import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { PROMPTS_DIR, idProblem, toPosix } from '../core/ids.js';
import { InputError } from '../errors.js';
import { lintMessages } from '../messages/lint.js';

export interface TargetScope {
  cwd: string;
  root: string;
  /** Prompt file by id, in the tree being linted (working tree or index). */
  files: ReadonlyMap<string, string>;
  /** Partial file by partial name. */
  partials: ReadonlyMap<string, string>;
  /** Whether a repository-relative path exists in the tree being linted. */
  has(rel: string): boolean;
}

export interface Targets {
  /** Prompt files named, directly or through a folder. */
  files: Set<string>;
  /** Partials named: the prompts that include them are linted too. */
  partials: Set<string>;
  /** Every repository-relative path named that is not a prompt (its file-level problems are reported). */
  paths: Set<string>;
  /** Folders named, as `dir/` prefixes. */
  dirs: string[];
}

/**
 * Turns command-line arguments into prompt files. Ids and paths (relative, absolute, as
 * lint-staged and pre-commit pass them) are accepted; paths outside `.prompts/` or not
 * prompts are skipped without complaint; an argument that names nothing is an error.
 */
export function resolveTargets(args: readonly string[], scope: TargetScope): Targets {
  const targets: Targets = { files: new Set(), partials: new Set(), paths: new Set(), dirs: [] };
  const byFile = new Set(scope.files.values());
  const partialByFile = new Map([...scope.partials].map(([name, file]) => [file, name]));
  for (const arg of args) {
    const abs = path.resolve(scope.cwd, arg);
    const rel = toPosix(path.relative(scope.root, abs));
    const onDisk = existsSync(abs);
    if (onDisk && statSync(abs).isDirectory()) {
      const prefix = rel === '' ? '' : `${rel}/`;
      targets.dirs.push(prefix);
      for (const file of byFile) if (file.startsWith(prefix)) targets.files.add(file);
      continue;
    }
    if (onDisk || scope.has(rel)) {
      if (byFile.has(rel)) targets.files.add(rel);
      else if (partialByFile.has(rel)) targets.partials.add(partialByFile.get(rel)!);
      else targets.paths.add(rel);
      continue;
    }
    const id = arg.replace(new RegExp(`^${PROMPTS_DIR}/`), '');
    if (idProblem(id) === undefined && scope.files.has(id)) {
      targets.files.add(scope.files.get(id)!);
      continue;
    }
    throw new InputError(lintMessages.noSuchTarget(arg), { hint: lintMessages.noSuchTargetHint });
  }
  return targets;
}
