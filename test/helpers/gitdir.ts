import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';

export type FileTree = Record<string, string | Buffer>;

export interface ScratchRepo {
  dir: string;
  /** Runs git in the repository and returns its stdout. */
  git(...args: string[]): string;
  /** Writes files (paths relative to the repository). */
  write(tree: FileTree): void;
  /** Stages everything and commits. */
  commit(message: string): string;
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A git environment that ignores the developer's own config, so tests behave alike everywhere. */
export function isolatedGitEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  for (const key of Object.keys(env)) if (key.startsWith('GIT_')) delete env[key];
  return {
    ...env,
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_AUTHOR_NAME: 'Test Author',
    GIT_AUTHOR_EMAIL: 'author@example.com',
    GIT_COMMITTER_NAME: 'Test Author',
    GIT_COMMITTER_EMAIL: 'author@example.com',
    ...extra,
  };
}

/** An empty scratch folder, removed after the test. */
export function scratchDir(prefix = 'promptgit-test-'): string {
  const dir = realpathSync(mkdtempSync(path.join(tmpdir(), prefix)));
  made.push(dir);
  return dir;
}

export function writeTree(dir: string, tree: FileTree): void {
  for (const [file, content] of Object.entries(tree)) {
    const target = path.join(dir, file);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, content);
  }
}

/**
 * A real git repository built from a file tree (changesets' `gitdir`): `git init -b main`,
 * a test identity, no signing, no auto-gc, and an initial commit of the tree (unless
 * `commit: false`). Removed after the test.
 */
export function gitdir(tree: FileTree = {}, options: { commit?: boolean; prefix?: string } = {}): ScratchRepo {
  const dir = scratchDir(options.prefix);
  const env = isolatedGitEnv();
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8', stdio: ['pipe', 'pipe', 'pipe'] });
  git('init', '-q', '-b', 'main');
  git('config', 'user.name', 'Test Author');
  git('config', 'user.email', 'author@example.com');
  git('config', 'commit.gpgsign', 'false');
  git('config', 'tag.gpgsign', 'false');
  git('config', 'gc.auto', '0');
  const repo: ScratchRepo = {
    dir,
    git,
    write: (files) => writeTree(dir, files),
    commit(message) {
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      return git('rev-parse', 'HEAD').trim();
    },
  };
  repo.write(tree);
  if (options.commit !== false) repo.commit('initial');
  return repo;
}
