import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

const prompt = (word: string) => `description: Triage\nmessages:\n  - role: user\n    content: "${word} {{ticket}}"\n`;

/** support/triage released as 1.0.0, 1.2.0 and 2.0.0, each with its own word. */
function released() {
  const repo = gitdir({ '.prompts/support/triage.yaml': prompt('one') });
  repo.git('tag', 'prompts/support/triage@1.0.0');
  for (const [word, version] of [['onetwo', '1.2.0'], ['two', '2.0.0']] as const) {
    repo.write({ '.prompts/support/triage.yaml': prompt(word) });
    repo.commit(word);
    repo.git('tag', `prompts/support/triage@${version}`);
  }
  repo.write({ '.prompts/support/triage.yaml': prompt('draft') });
  return repo;
}

describe('refs as users write them', () => {
  it('accepts the tag name release prints', () => {
    const repo = released();
    expect(runCli(['show', 'prompts/support/triage@1.0.0'], { cwd: repo.dir })).toEqual({ code: 0, stdout: prompt('one'), stderr: '' });
    expect(runCli(['render', 'prompts/support/triage@1.2.0', '--var', 'ticket=hi'], { cwd: repo.dir }).stdout).toBe('[user]\nonetwo hi\n');
  });

  it('accepts semver ranges, the highest match winning', () => {
    const repo = released();
    expect(runCli(['show', 'support/triage@^1'], { cwd: repo.dir }).stdout).toBe(prompt('onetwo'));
    expect(runCli(['render', 'support/triage@~1.0', '--var', 'ticket=hi'], { cwd: repo.dir }).stdout).toBe('[user]\none hi\n');
    expect(runCli(['show', 'prompts/support/triage@2.x'], { cwd: repo.dir }).stdout).toBe(prompt('two'));
  });

  it('a range no release matches lists the releases, exit 2', () => {
    expect(runCli(['show', 'support/triage@^3'], { cwd: released().dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: No release of "support/triage" matches "^3".\nhint: Released versions: 2.0.0, 1.2.0, 1.0.0 (tags prompts/support/triage@2.0.0, prompts/support/triage@1.2.0, prompts/support/triage@1.0.0).\n',
    });
  });

  it('a mistyped id at a version is an unknown prompt with a suggestion, not a missing release', () => {
    expect(runCli(['render', 'support/triag@1.0.0'], { cwd: released().dir })).toEqual({
      code: 2,
      stdout: '',
      stderr: 'error: No prompt "support/triag" in .prompts/. Did you mean "support/triage"?\nhint: Run "promptgit list" to see the prompts, or "promptgit new <id>" to create one.\n',
    });
  });

  it('a known prompt without that release still says there is no such release', () => {
    const result = runCli(['show', 'support/triage@1.1.0'], { cwd: released().dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^error: No release support\/triage@1\.1\.0: there is no such release tag\./);
  });
});
