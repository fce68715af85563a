import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError } from '../errors.js';
import { findRepoRoot } from '../git/index.js';
import { installHook, uninstallHook } from '../hook/install.js';
import { packageUrl } from '../core/package-files.js';
import { lintMessages } from '../messages/lint.js';
import { mergeMessages } from '../messages/merge.js';
import type { CommandContext } from './context.js';

export interface HookOptions extends CommandContext {
  action: string;
  force?: boolean;
  /** Install or remove the merge driver for prompt files instead of the pre-commit hook. */
  mergeDriver?: boolean;
}

/** This package's bin, by absolute path. */
const BIN = fileURLToPath(packageUrl('bin/promptgit.js'));

/** `promptgit hook install|uninstall [--merge-driver]`. Installing twice changes nothing. */
export async function hook(options: HookOptions): Promise<number> {
  const { reporter } = options;
  if (options.action !== 'install' && options.action !== 'uninstall') throw new UsageError(lintMessages.hookBadAction(options.action));
  const root = await findRepoRoot(options.cwd);
  if (options.mergeDriver) {
    const { installMergeDriver, uninstallMergeDriver } = await import('../hook/merge-driver.js');
    const outcome = options.action === 'install' ? await installMergeDriver(root, { node: process.execPath, bin: BIN }) : await uninstallMergeDriver(root);
    reporter.out(mergeMessages.outcome[outcome]('.gitattributes'));
    return 0;
  }
  const result = options.action === 'install' ? await installHook(root, { node: process.execPath, bin: BIN }, options.force) : await uninstallHook(root);
  reporter.out(lintMessages.hookOutcome[result.outcome](path.relative(root, result.file) || result.file));
  return 0;
}
