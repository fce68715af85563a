import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';
import { repoState } from '../helpers/repo-state.js';

const PROMPT = 'description: Triage\nmessages:\n  - role: user\n    content: hi\n';

describe('names that become part of release tags', () => {
  it('an id git cannot tag is refused by release --dry-run, not only by the real release', () => {
    const repo = gitdir({ '.prompts/a..b.yaml': PROMPT, '.prompts/ok.yaml': PROMPT });
    const before = repoState(repo);
    expect(runCli(['release', 'a..b', '--dry-run'], { cwd: repo.dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: A prompt to release does not exist.\n  "a..b": it has "..", which git does not allow in a tag name.\nhint: Run "promptgit list" to see the prompt ids.\n',
    });
    expect(runCli(['release', 'a..b'], { cwd: repo.dir }).code).toBe(2);
    expect(repoState(repo)).toEqual(before);
  });

  it.each([
    ['"--exec"', 'it starts with "-", so git would read the tag name as an option'],
    ['a..b/', 'it has "..", which git does not allow in a tag name'],
    ['x.lock/', 'a part of it between slashes ends with ".lock", which git does not allow in a tag name'],
  ])('tagPrefix: %s is a config error at its line, and nothing is tagged', (prefix, why) => {
    const repo = gitdir({ '.prompts/_config.yaml': `initialVersion: 1.0.0\ntagPrefix: ${prefix}\n`, '.prompts/ok.yaml': PROMPT });
    const before = repoState(repo);
    for (const args of [['release', 'ok', '--dry-run'], ['release', 'ok']]) {
      expect(runCli(args, { cwd: repo.dir }), args.join(' ')).toEqual({
        code: 2,
        stdout: '',
        stderr: `error: .prompts/_config.yaml is invalid.\n  .prompts/_config.yaml:2:12  "tagPrefix": ${why}.\nhint: Fix the entries above in .prompts/_config.yaml, or delete it and run "promptgit init" to write a default one.\n`,
      });
    }
    expect(repoState(repo)).toEqual(before);
    expect(repo.git('tag', '-l')).toBe('');
  });
});
