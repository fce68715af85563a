import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gitdir, isolatedGitEnv, type ScratchRepo } from '../helpers/gitdir.js';

// The real pre-commit framework installs promptgit from a clone of this repository, as a user's
// .pre-commit-config.yaml makes it: `language: node` runs npm install, npm pack and
// npm install -g <tarball>. The committed HEAD is what is installed: commit before running this.
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const good = 'description: Greets\nvariables:\n  name:\n    type: string\nmessages:\n  - role: user\n    content: "Hello {{name}}. {{> sig}}"\n';
const bad = 'description: Greets\nmessages:\n  - role: user\n    content: "Hello {{name"\n';
const sig = 'Regards, {{name}}\n';

let shared: string;
let clone: string;
let rev: string;

/** The environment a user's shell would give pre-commit: none of `npm test`'s npm_* variables. */
function preCommitEnv(): NodeJS.ProcessEnv {
  const env = isolatedGitEnv({ NO_COLOR: '1', PRE_COMMIT_HOME: path.join(shared, 'home') });
  for (const key of Object.keys(env)) if (key.toLowerCase().startsWith('npm_')) delete env[key];
  // Installs from the cache `npm ci` filled; the registry only for what is missing.
  return { ...env, npm_config_prefer_offline: 'true' };
}

function run(cmd: string, args: string[], cwd: string) {
  const result = spawnSync(cmd, args, { cwd, env: preCommitEnv(), encoding: 'utf8' });
  if (result.error) throw result.error;
  const log = path.join(shared, 'home', 'pre-commit.log');
  const output = `${result.stdout}${result.stderr}`;
  // pre-commit writes an install failure's details to its log, not to the output.
  return { code: result.status, output, details: existsSync(log) ? `${output}\n${readFileSync(log, 'utf8')}` : output };
}

function userRepo(): ScratchRepo {
  requirePreCommit();
  return gitdir({
    '.pre-commit-config.yaml': `repos:\n  - repo: ${clone}\n    rev: ${rev}\n    hooks:\n      - id: promptgit-lint\n`,
    '.prompts/greet.yaml': good,
    '.prompts/_partials/sig.md': sig,
    'README.md': 'not a prompt\n',
  });
}

/** Fails the test (never skips it) when the framework is missing. */
function requirePreCommit(): void {
  const version = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' });
  if (version.error || version.status !== 0) {
    throw new Error('pre-commit is not installed: this test runs the real framework. Install it (apt-get install pre-commit, or pipx install pre-commit); .ci/run does.');
  }
}

beforeAll(() => {
  shared = realpathSync(mkdtempSync(path.join(tmpdir(), 'promptgit-pre-commit-')));
  clone = path.join(shared, 'promptgit');
  execFileSync('git', ['clone', '--quiet', ROOT, clone], { env: isolatedGitEnv(), stdio: 'pipe' });
  rev = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: clone, encoding: 'utf8' }).trim();
});

afterAll(() => {
  if (shared) rmSync(shared, { recursive: true, force: true });
});

describe('the pre-commit framework (language: node)', () => {
  it('installs promptgit with the system node and runs it on --all-files', () => {
    const repo = userRepo();
    const passed = run('pre-commit', ['run', '--all-files'], repo.dir);
    expect(passed.code, passed.details).toBe(0);
    expect(passed.output).toMatch(/^promptgit lint\.+Passed$/m);
    // language_version defaults to `system` when node and npm are on PATH: nothing downloaded.
    const envs = readdirSync(path.join(shared, 'home')).filter((d) => d.startsWith('repo')).map((d) => path.join(shared, 'home', d, 'node_env-system'));
    expect(envs.filter((env) => existsSync(env))).toHaveLength(1);
    const installed = path.join(envs[0]!, 'lib/node_modules/promptgit');
    expect(existsSync(path.join(installed, 'dist/bundle/cli.js'))).toBe(true);
    // npm install -g <tarball> installs the dependencies only: the build tools stay out.
    expect(existsSync(path.join(installed, 'node_modules/typescript'))).toBe(false);

    repo.write({ '.prompts/broken.yaml': bad });
    repo.git('add', '-A');
    const failed = run('pre-commit', ['run', '--all-files'], repo.dir);
    expect(failed.code).toBe(1);
    expect(failed.output).toMatch(/^promptgit lint\.+Failed$/m);
    expect(failed.output).toContain('.prompts/broken.yaml:4:21  error    Template error: Unclosed tag.  template-syntax');
    expect(failed.output).not.toContain('.prompts/greet.yaml');
  });

  it('blocks a git commit with a bad prompt, partial or config and lets a good one through', () => {
    const repo = userRepo();
    expect(run('pre-commit', ['install'], repo.dir)).toMatchObject({ code: 0, output: 'pre-commit installed at .git/hooks/pre-commit\n' });
    const commit = (tree: Record<string, string>, message: string) => {
      repo.write(tree);
      repo.git('add', '-A');
      return run('git', ['commit', '-q', '-m', message], repo.dir);
    };
    const head = () => repo.git('rev-parse', 'HEAD').trim();
    const start = head();

    const blocked = commit({ '.prompts/broken.yaml': bad }, 'bad prompt');
    expect(blocked.code, blocked.details).toBe(1);
    expect(blocked.output).toContain('.prompts/broken.yaml:4:21  error    Template error: Unclosed tag.  template-syntax');
    expect(head()).toBe(start);

    repo.git('rm', '-q', '--cached', '.prompts/broken.yaml');
    rmSync(path.join(repo.dir, '.prompts/broken.yaml'));
    // A file in .prompts/ that is not a prompt is passed to promptgit too, and skipped.
    const allowed = commit({ '.prompts/welcome.yaml': good.replace('Hello', 'Welcome'), '.prompts/CHANGELOG.md': '# Changelog\n' }, 'good prompt');
    expect(allowed.code, allowed.details).toBe(0);
    expect(allowed.output).toMatch(/^promptgit lint\.+Passed$/m);
    expect(repo.git('show', 'HEAD:.prompts/welcome.yaml')).toContain('Welcome');

    // Only the partial is staged: the prompts that include it are linted.
    const partial = commit({ '.prompts/_partials/sig.md': 'Regards, {{agent}}\n' }, 'partial');
    expect(partial.code).toBe(1);
    expect(partial.output).toContain('.prompts/greet.yaml');
    expect(partial.output).toContain('Partial "sig" uses "agent", which is not declared in variables.');
    expect(partial.output).toContain('.prompts/welcome.yaml');
    repo.git('checkout', '-q', 'HEAD', '--', '.prompts/_partials/sig.md');

    const config = commit({ '.prompts/_config.yaml': 'lint:\n  rules:\n    no-such-rule: error\n' }, 'config');
    expect(config.code).toBe(1);
    expect(config.output).toContain('error: .prompts/_config.yaml has an invalid lint rule entry.');
    expect(config.output).toContain('Unknown rule "no-such-rule".');
    expect(repo.git('rev-list', '--count', 'HEAD').trim()).toBe('2');
  });
});
