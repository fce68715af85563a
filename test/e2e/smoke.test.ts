import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir } from '../helpers/gitdir.js';

describe('promptgit bin', () => {
  it('initializes a repository and renders the example', () => {
    const repo = gitdir();
    const init = runCli(['init'], { cwd: repo.dir });
    expect(init.code).toBe(0);
    expect(init.stdout).toContain('created  .prompts/example.yaml');
    const rendered = runCli(['render', 'example', '--var', 'ticket=Late order'], { cwd: repo.dir });
    expect(rendered).toMatchObject({ code: 0, stderr: '' });
    expect(rendered.stdout).toContain('[user]\nLate order');
  });
});
