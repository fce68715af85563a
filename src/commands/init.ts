import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { NotARepoError } from '../errors.js';
import { findRepoRoot, initRepo } from '../git/index.js';
import { CONFIG_FILE, PROMPTS_DIR, SCHEMA_FILE } from '../core/ids.js';
import { promptJsonSchema } from '../core/json-schema.js';
import { fillTemplate, readTemplate, schemaRefFor } from '../core/templates.js';
import { withIgnored } from '../core/gitignore.js';
import { writeFilesAtomically, type FileWrite } from '../core/write.js';
import { CONFIG_PATH } from '../core/config.js';
import { mergeConfig } from '../core/config-merge.js';
import { InputError } from '../errors.js';
import { setupMessages } from '../messages/setup.js';
import type { CommandContext } from './context.js';
import { ciFiles, ciNext } from './init-ci.js';
import { discoverFolders, withFolders } from './init-folders.js';

export interface InitOptions extends CommandContext {
  force?: boolean;
  /** Run `git init` first when the folder is not in a repository. */
  git?: boolean;
  /** Also write a CI job that runs promptgit lint: github or gitlab. */
  ci?: string;
}

const EXAMPLE_ID = 'example';

/**
 * What --force writes over an existing file. The config is the user's settings, not ours:
 * its values are laid into the new defaults, since a reset tagPrefix would orphan every release tag.
 */
function forcedWrite(planned: FileWrite, current: string): { write: FileWrite; kept: string[] } {
  if (planned.file !== CONFIG_PATH) return { write: planned, kept: [] };
  const merged = mergeConfig(planned.content, current);
  if (!('content' in merged)) {
    throw new InputError(setupMessages.initConfigUnreadable(CONFIG_PATH, merged.line, merged.message), {
      file: CONFIG_PATH,
      line: merged.line,
      hint: setupMessages.initConfigUnreadableHint,
    });
  }
  return { write: { file: planned.file, content: merged.content }, kept: merged.kept };
}

/** The files init writes; `owned` ones are promptgit's and --force rewrites them. */
function plannedFiles(folders: readonly string[]): (FileWrite & { owned: boolean })[] {
  const example = `${PROMPTS_DIR}/${EXAMPLE_ID}.yaml`;
  const config = readTemplate('config.yaml');
  return [
    { file: `${PROMPTS_DIR}/${CONFIG_FILE}`, content: folders.length > 0 ? withFolders(config, folders) : config, owned: true },
    { file: `${PROMPTS_DIR}/${SCHEMA_FILE}`, content: `${JSON.stringify(promptJsonSchema(), null, 2)}\n`, owned: true },
    { file: example, content: fillTemplate(readTemplate('example.yaml'), { SCHEMA: schemaRefFor(example) }), owned: false },
  ];
}

async function rootFor(cwd: string, git: boolean | undefined, reporter: CommandContext['reporter']): Promise<string> {
  try {
    return await findRepoRoot(cwd);
  } catch (error) {
    if (!(error instanceof NotARepoError)) throw error;
    if (!git) throw new NotARepoError(setupMessages.notARepo(cwd), { hint: setupMessages.notARepoHint });
    await initRepo(cwd);
    reporter.err(setupMessages.initGit(cwd));
    return findRepoRoot(cwd);
  }
}

/** `promptgit init`: sets up `.prompts/` in the repository. Idempotent. */
export async function init(options: InitOptions): Promise<number> {
  const { reporter } = options;
  const root = await rootFor(options.cwd, options.git, reporter);
  const writes: FileWrite[] = [];
  const lines: string[] = [];
  const configured = existsSync(path.join(root, CONFIG_PATH));
  // GitHub Models files already in the repository: their folders go into a new config (an existing one is the user's).
  const found = configured ? [] : await discoverFolders(root);
  // The example is only written into a fresh .prompts/: once a team has prompts, it is noise.
  const fresh = !existsSync(path.join(root, PROMPTS_DIR)) && found.length === 0;
  const ci = ciFiles(root, options.ci);
  for (const planned of [...plannedFiles(found), ...ci]) {
    const target = path.join(root, planned.file);
    const exists = existsSync(target);
    if (!exists) {
      if (!planned.owned && !fresh) continue;
      writes.push(planned);
      lines.push(setupMessages.initCreated(planned.file));
      continue;
    }
    const current = readFileSync(target, 'utf8');
    const forced = planned.owned && options.force ? forcedWrite(planned, current) : undefined;
    if (forced && forced.write.content !== current) {
      writes.push(forced.write);
      lines.push(setupMessages.initRewritten(planned.file, forced.kept));
    } else {
      lines.push(setupMessages.initUnchanged(planned.file));
    }
  }
  // eval caches answers under .promptgit/: never committed.
  const gitignore = path.join(root, '.gitignore');
  const ignored = withIgnored(existsSync(gitignore) ? readFileSync(gitignore, 'utf8') : undefined, '.promptgit/');
  if (ignored !== undefined) {
    writes.push({ file: '.gitignore', content: ignored });
    lines.push(setupMessages.initIgnored('.promptgit/'));
  }
  await writeFilesAtomically(root, writes);
  if (writes.length === 0) {
    reporter.out(setupMessages.initNothing);
    return 0;
  }
  for (const line of lines) reporter.out(line);
  if (found.length > 0) reporter.out(setupMessages.initFolders(found));
  if (fresh) reporter.out(setupMessages.initDone(EXAMPLE_ID));
  for (const file of ci) if (writes.some((w) => w.file === file.file)) reporter.out(ciNext(file.file));
  return 0;
}
