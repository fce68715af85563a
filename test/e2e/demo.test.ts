import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isolatedGitEnv } from '../helpers/gitdir.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('npm run demo', () => {
  it('walks the workflow in a scratch repository and succeeds, on the build npm ci made', () => {
    const built = statSync(`${ROOT}dist/bundle/cli.js`).mtimeMs;
    const result = spawnSync('npm', ['run', '--silent', 'demo'], { cwd: ROOT, env: isolatedGitEnv({ NO_COLOR: '1' }), encoding: 'utf8', timeout: 120_000 });
    expect(result.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
    expect(result.status, result.stdout + result.stderr).toBe(0);
    for (const step of ['$ promptgit init', '$ promptgit new support/summarize --template text', '$ promptgit list', '$ promptgit show support/summarize', '$ promptgit render example']) {
      expect(result.stdout).toContain(step);
    }
    expect(result.stdout).toContain('created  .prompts/example.yaml');
    expect(result.stdout).toContain('Missing required variable "ticket"');
    expect(result.stdout).toMatch(/support\/summarize\s+1\.0\.0\s+released\s+clean\s+Summarize a support thread for the next agent/);
    expect(result.stdout).toContain('$ promptgit eval support/reply --provider echo');
    expect(result.stdout).toContain('Passed: 2/3 (66.67%)');
    expect(result.stdout).toContain('Recorded the answers in .prompts/_recordings/support/reply.jsonl');
    expect(result.stdout).toContain('Answers: 3 from recordings.');
    expect(result.stdout).toContain('Compared with HEAD: 3 regressed, 0 fixed, 0 unchanged, 0 new');
    expect(result.stdout).toContain('Demo finished.');
    expect(result.stdout).toContain('(No output and exit code 0: every prompt is clean.');
    expect(result.stdout).toContain('Run "npm run demo -- --keep" to keep the repository');
    // The tests run on a fresh build, so the demo must not have built again.
    expect(result.stdout).not.toContain('Building promptgit first');
    expect(statSync(`${ROOT}dist/bundle/cli.js`).mtimeMs).toBe(built);
  });
});
