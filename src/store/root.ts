import path from 'node:path';
import { findRepoRoot } from '../git/index.js';

export interface LoadOptions {
  /** Any folder inside the repository; defaults to the process's working directory. */
  cwd?: string;
  /** The repository root, when already known (skips asking git). */
  root?: string;
}

/** The repository root of the options: given, or found from `cwd` by git. */
export async function resolveRoot(options: LoadOptions): Promise<string> {
  return options.root ?? (await findRepoRoot(path.resolve(options.cwd ?? process.cwd())));
}
