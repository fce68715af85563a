import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

describe('promptgit init --ci', () => {
  it('writes a GitHub Actions workflow that annotates and uploads SARIF; the example lints clean', () => {
    const repo = gitdir();
    const result = runCli(['init', '--ci', 'github'], { cwd: repo.dir });
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('created  .github/workflows/promptgit.yml');
    expect(result.stdout).toContain('Commit .github/workflows/promptgit.yml; the job runs "promptgit lint" on the next push.');
    const workflow = parse(readFileSync(path.join(repo.dir, '.github/workflows/promptgit.yml'), 'utf8'));
    const steps = workflow.jobs.lint.steps as { run?: string; uses?: string; with?: Record<string, string> }[];
    expect(steps.map((s) => s.run ?? s.uses)).toContain('npx promptgit lint --format github');
    expect(steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))?.with?.sarif_file).toBe('promptgit.sarif');
    expect(runCli(['lint', '--max-warnings', '0'], { cwd: repo.dir })).toEqual({ code: 0, stdout: '', stderr: 'No problems in 1 prompt.\n' });
    expect(runCli(['init', '--ci', 'github'], { cwd: repo.dir }).stdout).toContain('nothing changed');
  });

  it('writes a GitLab job with the Code Quality report, beside an existing pipeline file', () => {
    const repo = gitdir();
    expect(runCli(['init', '--ci', 'gitlab'], { cwd: repo.dir }).stdout).toContain('created  .gitlab-ci.yml');
    const job = parse(readFileSync(path.join(repo.dir, '.gitlab-ci.yml'), 'utf8'))['promptgit-lint'];
    expect(job.artifacts.reports.codequality).toBe('gl-code-quality-report.json');
    expect(job.script).toContain('npx promptgit lint --format gitlab --output-file gl-code-quality-report.json');
    const other = gitdir({ '.gitlab-ci.yml': 'build:\n  script: [make]\n' });
    const result = runCli(['init', '--ci', 'gitlab'], { cwd: other.dir });
    expect(result.stdout).toContain('Add "include: { local: .gitlab/promptgit.gitlab-ci.yml }" to .gitlab-ci.yml');
    expect(readFileSync(path.join(other.dir, '.gitlab-ci.yml'), 'utf8')).toBe('build:\n  script: [make]\n');
  });

  it('is idempotent for GitLab: a second run finds the job it wrote instead of adding another file', () => {
    const repo = gitdir();
    runCli(['init', '--ci', 'gitlab'], { cwd: repo.dir });
    const again = runCli(['init', '--ci', 'gitlab'], { cwd: repo.dir });
    expect(again).toMatchObject({ code: 0, stdout: expect.stringContaining('nothing changed') });
    expect(existsSync(path.join(repo.dir, '.gitlab'))).toBe(false);
    // Beside the user's own pipeline, the include file is found again too.
    const other = gitdir({ '.gitlab-ci.yml': 'build:\n  script: [make]\n' });
    runCli(['init', '--ci', 'gitlab'], { cwd: other.dir });
    expect(runCli(['init', '--ci', 'gitlab'], { cwd: other.dir }).stdout).toContain('nothing changed');
    expect(readFileSync(path.join(other.dir, '.gitlab-ci.yml'), 'utf8')).toBe('build:\n  script: [make]\n');
    // A pipeline the user has merged the job into is theirs: found, and --force leaves it alone.
    const merged = gitdir({ '.gitlab-ci.yml': 'build:\n  script: [make]\npromptgit-lint:\n  script: [npx promptgit lint]\n' });
    const forced = runCli(['init', '--ci', 'gitlab', '--force'], { cwd: merged.dir });
    expect(forced.stdout).toContain('exists   .gitlab-ci.yml');
    expect(existsSync(path.join(merged.dir, '.gitlab'))).toBe(false);
    expect(readFileSync(path.join(merged.dir, '.gitlab-ci.yml'), 'utf8')).toBe('build:\n  script: [make]\npromptgit-lint:\n  script: [npx promptgit lint]\n');
  });

  it('rejects an unknown provider with exit 2', () => {
    const repo = gitdir();
    const result = runCli(['init', '--ci', 'circleci'], { cwd: repo.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'circleci' is invalid. Allowed choices are github, gitlab.");
  });
});
