import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const prompt = (description: string, version?: string) =>
  `${version ? `version: ${version}\n` : ''}description: ${description}\nmessages:\n  - role: user\n    content: hi\n`;

/** A repository with one prompt in each uncommitted state, and an invalid one. */
function states() {
  const repo = gitdir({
    '.prompts/clean.yaml': prompt('Clean one', '1.2.0'),
    '.prompts/team/modified.yaml': prompt('Before'),
    '.prompts/staged.yaml': prompt('Staged before'),
  });
  repo.write({
    '.prompts/team/modified.yaml': prompt('After'),
    '.prompts/staged.yaml': prompt('Staged after'),
    '.prompts/untracked.yml': prompt('New'),
    '.prompts/broken.yaml': 'messages: [\n',
  });
  repo.git('add', '.prompts/staged.yaml');
  return repo;
}

describe('promptgit list', () => {
  it('shows id, version, state and description, and flags an invalid prompt', () => {
    const result = runCli(['list'], { cwd: states().dir });
    expect(result).toEqual({
      code: 0,
      stderr: '',
      stdout: [
        'ID             VERSION  RELEASE         STATE      DESCRIPTION',
        'broken         -        never released  untracked  invalid: 1 error (run promptgit lint broken)',
        'clean          -        never released  clean      Clean one',
        'staged         -        never released  staged     Staged after',
        'team/modified  -        never released  modified   After',
        'untracked      -        never released  untracked  New',
        '',
      ].join('\n'),
    });
  });

  it('--json prints only JSON, with the state of each prompt', () => {
    const result = runCli(['list', '--json'], { cwd: states().dir });
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout)).toEqual([
      { id: 'broken', file: '.prompts/broken.yaml', state: 'untracked', released: null, release: 'unreleased', changed: true, errors: 1 },
      { id: 'clean', file: '.prompts/clean.yaml', version: '1.2.0', description: 'Clean one', state: 'clean', released: null, release: 'unreleased', changed: false, errors: 0 },
      { id: 'staged', file: '.prompts/staged.yaml', description: 'Staged after', state: 'staged', released: null, release: 'unreleased', changed: true, errors: 0 },
      { id: 'team/modified', file: '.prompts/team/modified.yaml', description: 'After', state: 'modified', released: null, release: 'unreleased', changed: true, errors: 0 },
      { id: 'untracked', file: '.prompts/untracked.yml', description: 'New', state: 'untracked', released: null, release: 'unreleased', changed: true, errors: 0 },
    ]);
  });

  it('keeps a long description whole when stdout is not a terminal, for scripts that read the lines', () => {
    const long = 'Sorts incoming support tickets by urgency and product area so the right team sees them first, every time';
    const result = runCli(['list'], { cwd: gitdir({ '.prompts/triage.yaml': prompt(long) }).dir, env: { COLUMNS: '40' } });
    expect(result).toEqual({ code: 0, stderr: '', stdout: `ID      VERSION  RELEASE         STATE      DESCRIPTION\ntriage  -        never released  clean      ${long}\n` });
  });

  it('counts a staged file changed again as modified', () => {
    const repo = gitdir({ '.prompts/a.yaml': prompt('one') });
    writeFileSync(path.join(repo.dir, '.prompts/a.yaml'), prompt('two'));
    repo.git('add', '-A');
    writeFileSync(path.join(repo.dir, '.prompts/a.yaml'), prompt('three'));
    expect(JSON.parse(runCli(['list', '--json'], { cwd: repo.dir }).stdout)[0].state).toBe('modified');
  });

  it('works in a repository without commits', () => {
    const repo = gitdir({ '.prompts/a.yaml': prompt('first') }, { commit: false });
    expect(JSON.parse(runCli(['ls', '--json'], { cwd: repo.dir }).stdout)).toMatchObject([{ id: 'a', state: 'untracked' }]);
  });

  it('says how to start when there are no prompts', () => {
    expect(runCli(['list'], { cwd: gitdir().dir })).toEqual({ code: 0, stdout: '', stderr: 'No prompts yet. Create one with "promptgit new <id>".\n' });
    expect(runCli(['list', '--json'], { cwd: gitdir().dir })).toEqual({ code: 0, stdout: '[]\n', stderr: '' });
  });
});
