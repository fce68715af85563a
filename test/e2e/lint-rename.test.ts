import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const released = '# yaml-language-server: $schema=./_schema.json\ndescription: Greets\nversion: 1.0.0\nmessages:\n  - role: user\n    content: Hello\n';
const file = '.prompts/support/greet.yaml';
const modeline = `  ${file}:1:33  warning  $schema=./_schema.json does not lead to .prompts/_schema.json from this folder (was the file moved?); use $schema=../_schema.json (--fix rewrites it).  schema-modeline`;
const renamed = `  ${file}:3:10  warning  version 1.0.0 was released as greet@1.0.0, the id this file had before it was renamed; run "promptgit release support/greet" to release it under its new id.  version-consistency`;

/** A released prompt `greet`, moved with `git mv` to `support/greet` (staged, not committed). */
function movedRepo() {
  const repo = gitdir({ '.prompts/greet.yaml': released });
  repo.git('tag', '-a', 'prompts/greet@1.0.0', '-m', 'greet 1.0.0');
  mkdirSync(path.join(repo.dir, '.prompts/support'));
  repo.git('mv', '.prompts/greet.yaml', file);
  return repo;
}

describe('lint after git mv of a released prompt', () => {
  it('counts the release under the old id (a warning, not an error) and reports the stale modeline', () => {
    const repo = movedRepo();
    const expected = { code: 0, stderr: '', stdout: [file, modeline, renamed, '', '✖ 2 problems (0 errors, 2 warnings)', '  1 problem can be fixed with --fix.', ''].join('\n') };
    expect(runCli(['lint'], { cwd: repo.dir })).toEqual(expected);
    expect(runCli(['lint', '--staged'], { cwd: repo.dir })).toEqual(expected);
  });

  it('follows a rename committed since the release', () => {
    const repo = movedRepo();
    repo.commit('move greet');
    expect(runCli(['lint', file], { cwd: repo.dir })).toEqual({ code: 0, stderr: '', stdout: [file, modeline, renamed, '', '✖ 2 problems (0 errors, 2 warnings)', '  1 problem can be fixed with --fix.', ''].join('\n') });
  });

  it('still reports a version that was never released under either id', () => {
    const repo = movedRepo();
    repo.git('tag', '-d', 'prompts/greet@1.0.0');
    const result = runCli(['lint'], { cwd: repo.dir });
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('version 1.0.0 has no release tag (never released)');
  });

  it('lint --fix rewrites the modeline for the new folder', () => {
    const repo = movedRepo();
    expect(runCli(['lint', '--fix', '--quiet'], { cwd: repo.dir }).code).toBe(0);
    expect(readFileSync(path.join(repo.dir, file), 'utf8')).toBe(released.replace('./_schema.json', '../_schema.json'));
  });
});
