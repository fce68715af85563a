import { describe, expect, it } from 'vitest';
import { readPromptAt } from '../../../src/store/index.js';
import { parseRef } from '../../../src/core/refs.js';
import { loadPrompt } from '../../../src/index.js';
import { gitdir } from '../../helpers/gitdir.js';

const prompt = (text: string) => `messages:\n  - role: user\n    content: "${text}"\n`;

describe('parseRef', () => {
  it.each([
    ['support/triage', { id: 'support/triage', at: { kind: 'worktree' } }],
    ['support/triage@1.2.0', { id: 'support/triage', at: { kind: 'version', version: '1.2.0' } }],
    ['support/triage@2.0.0-rc.1', { id: 'support/triage', at: { kind: 'version', version: '2.0.0-rc.1' } }],
    ['support/triage@latest', { id: 'support/triage', at: { kind: 'latest' } }],
    ['support/triage@HEAD~3', { id: 'support/triage', at: { kind: 'rev', rev: 'HEAD~3' } }],
    ['a@HEAD@{1}', { id: 'a', at: { kind: 'rev', rev: 'HEAD@{1}' } }],
    ['a@v1.2.0', { id: 'a', at: { kind: 'rev', rev: 'v1.2.0' } }],
  ])('parses %s', (text, expected) => {
    expect(parseRef(text)).toMatchObject(expected);
  });

  it.each([
    ['--output=x', /looks like an option/],
    ['a@--upload-pack=x', /looks like an option/],
    ['a@', /nothing after "@"/],
    ['@HEAD', /not a valid prompt id: the id is empty/],
    ['../x@HEAD', /cannot leave/],
    ['a@HEAD 1', /not a valid revision name/],
  ])('refuses %s', (text, message) => {
    expect(() => parseRef(text)).toThrow(message);
  });
});

describe('readPromptAt over a real history', () => {
  function history() {
    const repo = gitdir({ '.prompts/old/triage.yaml': prompt('v1') });
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.git('tag', 'prompts/old/triage@1.0.0');
    repo.write({ '.prompts/support/triage.yaml': prompt('v1') });
    repo.git('rm', '-q', '.prompts/old/triage.yaml');
    repo.commit('move');
    repo.write({ '.prompts/support/triage.yaml': prompt('v2 {{> sig}}'), '.prompts/_partials/sig.md': 'Thanks' });
    repo.commit('v2');
    repo.git('tag', '-a', '-m', 'r', 'prompts/support/triage@1.1.0');
    repo.write({ '.prompts/support/triage.yaml': prompt('v3') });
    repo.commit('v3');
    repo.git('tag', 'prompts/support/triage@2.0.0-rc.1');
    repo.write({ '.prompts/support/triage.yaml': prompt('worktree') });
    return { repo, first };
  }

  it('reads the working tree, revisions, versions and latest', async () => {
    const { repo } = history();
    const text = async (ref: string) => (await readPromptAt(repo.dir, parseRef(ref))).prompt.data?.messages[0]?.content;
    expect(await text('support/triage')).toBe('worktree');
    expect(await text('support/triage@HEAD')).toBe('v3');
    expect(await text('support/triage@HEAD~1')).toBe('v2 {{> sig}}');
    expect(await text('support/triage@1.1.0')).toBe('v2 {{> sig}}');
    expect(await text('support/triage@latest')).toBe('v2 {{> sig}}');
    expect(await text('support/triage@main')).toBe('v3');
    const v2 = await readPromptAt(repo.dir, parseRef('support/triage@1.1.0'));
    expect(v2.partials.get('sig')).toBe('Thanks');
    expect(v2.commit).toMatch(/^[0-9a-f]{40}$/);
  });

  it('follows a rename back to the old path', async () => {
    const { repo, first } = history();
    const at = await readPromptAt(repo.dir, parseRef(`support/triage@${first}`));
    expect(at.prompt.file).toBe('.prompts/old/triage.yaml');
    expect(at.prompt.data?.messages[0]?.content).toBe('v1');
  });

  it('reads the index separately from the working tree', async () => {
    const { repo } = history();
    repo.write({ '.prompts/support/triage.yaml': prompt('staged') });
    repo.git('add', '.prompts');
    repo.write({ '.prompts/support/triage.yaml': prompt('unstaged') });
    const at = await readPromptAt(repo.dir, { id: 'support/triage', at: { kind: 'index' }, text: 'support/triage' });
    expect(at.prompt.data?.messages[0]?.content).toBe('staged');
  });

  it.each([
    ['support/triage@nope', /Unknown revision "nope"/],
    ['support/triage@9.9.9', /No release support\/triage@9.9.9/],
    // An id that names no prompt is a typo, not a prompt waiting for its first release.
    ['missing@latest', /No prompt "missing" in .prompts/],
    ['missing@HEAD', /Prompt "missing" did not exist at HEAD/],
    ['missing', /No prompt "missing"/],
  ])('explains %s', async (ref, message) => {
    const { repo } = history();
    await expect(readPromptAt(repo.dir, parseRef(ref))).rejects.toThrow(message);
  });

  it('lists released versions in the hint for an unknown version', async () => {
    const { repo } = history();
    await expect(readPromptAt(repo.dir, parseRef('support/triage@3.0.0'))).rejects.toMatchObject({ hint: expect.stringContaining('2.0.0-rc.1, 1.1.0') });
  });

  it('loads refs through the library API', async () => {
    const { repo } = history();
    expect((await loadPrompt('support/triage@1.1.0', { cwd: repo.dir })).data.messages[0]?.content).toBe('v2 {{> sig}}');
    expect((await loadPrompt('support/triage@HEAD', { cwd: repo.dir })).ref).toBe('support/triage@HEAD');
    repo.write({ '.prompts/support/triage.yaml': 'messages: []\n' });
    repo.commit('broken');
    await expect(loadPrompt('support/triage@HEAD', { cwd: repo.dir })).rejects.toThrow(/has an error/);
  });

  it('reads a prompt deleted and re-added', async () => {
    const { repo } = history();
    repo.git('rm', '-qf', '.prompts/support/triage.yaml');
    repo.commit('delete');
    expect(() => parseRef('support/triage@HEAD')).not.toThrow();
    await expect(readPromptAt(repo.dir, parseRef('support/triage@HEAD'))).rejects.toThrow(/did not exist at HEAD/);
    expect((await readPromptAt(repo.dir, parseRef('support/triage@HEAD~1'))).prompt.data?.messages[0]?.content).toBe('v3');
    repo.write({ '.prompts/support/triage.yaml': prompt('again') });
    repo.commit('re-add');
    expect((await readPromptAt(repo.dir, parseRef('support/triage@HEAD'))).prompt.data?.messages[0]?.content).toBe('again');
  });
});
