import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { gitdir, isolatedGitEnv, type ScratchRepo } from '../helpers/gitdir.js';

const FILE = '.prompts/support/triage.yaml';

const BASE = `# yaml-language-server: $schema=../_schema.json
# Owned by the support team.
name: Ticket triage
description: Classify a support ticket
version: 1.1.0
model: openai/gpt-4o-mini
modelParameters:
  temperature: 0.2 # low: triage must be stable
  maxTokens: 512
variables:
  ticket: { type: string, description: Raw ticket text }
  tone: { type: string, enum: [formal, casual], default: formal }
messages:
  - role: system
    content: |
      You triage support tickets.
      Pick one category: billing, shipping or other.
      Keep a {{tone}} tone.
      Never promise a refund.
  - role: user
    content: "{{ticket}}"
testData:
  - ticket: My order is late
`;

/** Replaces exactly one occurrence, so a fixture edit that misses fails loudly. */
function edit(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}

/** A repository with the driver installed and committed, `base` on main, and a branch `feature`. */
function setup(base: string, options: { prefix?: string } = {}): ScratchRepo {
  const repo = gitdir({ [FILE]: base }, options.prefix ? { prefix: options.prefix } : {});
  expect(runCli(['hook', 'install', '--merge-driver'], { cwd: repo.dir }).code).toBe(0);
  repo.commit('merge driver');
  repo.git('branch', 'feature');
  return repo;
}

/** Commits `theirs` on feature and `ours` on main, then runs a real `git merge feature` on main. */
function merge(repo: ScratchRepo, ours: string, theirs: string, config: string[] = []) {
  repo.git('checkout', '-q', 'feature');
  repo.write({ [FILE]: theirs });
  repo.commit('theirs');
  repo.git('checkout', '-q', 'main');
  repo.write({ [FILE]: ours });
  repo.commit('ours');
  const result = spawnSync('git', [...config, 'merge', '--no-edit', 'feature'], { cwd: repo.dir, env: isolatedGitEnv(), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr, text: readFileSync(path.join(repo.dir, FILE), 'utf8') };
}

describe('promptgit merge-driver, run by a real git merge', () => {
  it('merges a parameter changed here and a message changed there, keeping the comments', () => {
    const repo = setup(BASE);
    const ours = edit(BASE, 'Never promise a refund.', 'Never promise a refund or a date.');
    const theirs = edit(edit(BASE, 'temperature: 0.2 # low', 'temperature: 0 # lowest'), '# Owned by the support team.', '# Owned by the support team (ask #support).');
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.text).toBe(edit(edit(ours, 'temperature: 0.2 # low', 'temperature: 0 # lowest'), '# Owned by the support team.', '# Owned by the support team (ask #support).'));
    expect(repo.git('log', '-1', '--format=%P').trim().split(' ')).toHaveLength(2);
    expect(runCli(['lint', 'support/triage'], { cwd: repo.dir }).stdout).not.toContain('conflict marker');
  });

  it('merges the two sides of one message as text when they touch different lines', () => {
    const repo = setup(BASE);
    const ours = edit(BASE, 'You triage support tickets.', 'You triage customer support tickets.');
    const theirs = edit(BASE, 'Never promise a refund.', 'Never promise a refund; say who decides.');
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.text).toBe(edit(ours, 'Never promise a refund.', 'Never promise a refund; say who decides.'));
  });

  it('merges variables both sides added to the contract, and takes theirs where only they changed a field', () => {
    const repo = setup(BASE);
    const ours = edit(BASE, '  tone: {', '  lang: { type: string, default: en }\n  tone: {');
    const theirs = edit(edit(BASE, 'default: formal }\n', 'default: formal }\n  # the customer tier, from the CRM\n  tier: { type: string, required: false }\n'), 'description: Classify a support ticket', 'description: Classify and route a support ticket');
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.text).toBe(edit(edit(ours, 'default: formal }\n', 'default: formal }\n  tier: { type: string, required: false }\n'), 'description: Classify a support ticket', 'description: Classify and route a support ticket'));
  });

  it('leaves conflict markers inside the one message both sides changed, exits 1 to git, and lint reports the markers', () => {
    const repo = setup(BASE);
    const ours = edit(edit(BASE, 'Keep a {{tone}} tone.', 'Keep a warm {{tone}} tone.'), 'maxTokens: 512', 'maxTokens: 256');
    const theirs = edit(edit(BASE, 'Keep a {{tone}} tone.', 'Keep a short {{tone}} tone.'), 'name: Ticket triage', 'name: Triage');
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`CONFLICT (content): Merge conflict in ${FILE}`);
    expect(result.stderr).toContain(`promptgit: ${FILE}: conflict in field messages[0].content; the other fields merged.`);
    const expected = edit(
      edit(ours, 'name: Ticket triage', 'name: Triage'),
      '      Keep a warm {{tone}} tone.\n',
      '<<<<<<< ours\n      Keep a warm {{tone}} tone.\n=======\n      Keep a short {{tone}} tone.\n>>>>>>> theirs\n',
    );
    expect(result.text).toBe(expected);
    expect(repo.git('ls-files', '-u', '--', FILE).trim().split('\n')).toHaveLength(3);
    const lint = runCli(['lint', '--format', 'json'], { cwd: repo.dir });
    expect(lint.code).toBe(1);
    const [report] = JSON.parse(lint.stdout) as { filePath: string; messages: { line: number; message: string }[] }[];
    expect(report!.messages.map((m) => [m.line, m.message.slice(0, 32)])).toEqual([
      [18, 'Merge conflict marker "<<<<<<<":'],
      [20, 'Merge conflict marker "=======":'],
      [22, 'Merge conflict marker ">>>>>>>":'],
    ]);
  });

  it('writes the base section too with merge.conflictStyle=diff3', () => {
    const repo = setup(BASE);
    const result = merge(repo, edit(BASE, 'name: Ticket triage', 'name: Triage A'), edit(BASE, 'name: Ticket triage', 'name: Triage B'), ['-c', 'merge.conflictStyle=diff3']);
    expect(result.code).toBe(1);
    expect(result.text).toContain('<<<<<<< ours\nname: Triage A\n||||||| base\nname: Ticket triage\n=======\nname: Triage B\n>>>>>>> theirs\ndescription:');
  });

  it('keeps the testData rows both sides added, once when both added the same row', () => {
    const repo = setup(BASE);
    const ours = BASE + '  - ticket: I was charged twice\n  - { ticket: Where is my parcel }\n';
    const theirs = BASE + '  - ticket: Where is my parcel\n  - ticket: Cancel my plan\n    tone: casual\n';
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.text).toBe(ours + '  - ticket: Cancel my plan\n    tone: casual\n');
  });

  it('keeps a row one side removed removed, and the rows the other added', () => {
    const repo = setup(BASE + '  - ticket: Old row\n');
    const ours = BASE + '  - ticket: New row\n';
    const theirs = BASE + '  - ticket: Old row\n  - ticket: Their row\n';
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.text).toBe(BASE + '  - ticket: New row\n  - ticket: Their row\n');
  });

  it('takes the higher version, whichever side has it', () => {
    for (const [ours, theirs, wins] of [['1.2.0', '2.0.0', '2.0.0'], ['1.10.0', '1.9.1', '1.10.0'], ['1.2.0-rc.1', '1.2.0', '1.2.0']] as const) {
      const repo = setup(BASE);
      const result = merge(repo, edit(BASE, 'version: 1.1.0', `version: ${ours}`), edit(BASE, 'version: 1.1.0', `version: ${theirs}`));
      expect(result.code).toBe(0);
      expect(result.text).toBe(edit(BASE, 'version: 1.1.0', `version: ${wins}`));
    }
  });

  it('keeps CRLF line ends in a CRLF checkout', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const repo = setup(crlf(BASE));
    const ours = crlf(edit(BASE, 'maxTokens: 512', 'maxTokens: 256') + '  - ticket: Ours\n');
    const theirs = crlf(edit(BASE, 'Never promise a refund.', 'Never promise money.') + '  - ticket: Theirs\n');
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.text).toBe(crlf(edit(edit(BASE, 'maxTokens: 512', 'maxTokens: 256'), 'Never promise a refund.', 'Never promise money.') + '  - ticket: Ours\n  - ticket: Theirs\n'));
  });

  it('works in a repository whose path has spaces and accents', () => {
    const repo = setup(BASE, { prefix: 'promptgit merge répertoire ' });
    const result = merge(repo, edit(BASE, 'maxTokens: 512', 'maxTokens: 256'), edit(BASE, 'model: openai/gpt-4o-mini', 'model: openai/gpt-4o'));
    expect(result.code).toBe(0);
    expect(result.text).toBe(edit(edit(BASE, 'maxTokens: 512', 'maxTokens: 256'), 'model: openai/gpt-4o-mini', 'model: openai/gpt-4o'));
  });

  it('merges a side that is not valid YAML as plain text, losing no line', () => {
    const repo = setup(BASE);
    const ours = edit(BASE, 'name: Ticket triage', 'name: [Ticket triage');
    const theirs = edit(BASE, 'maxTokens: 512', 'maxTokens: 256');
    const result = merge(repo, ours, theirs);
    expect(result.code).toBe(0);
    expect(result.text).toBe(edit(ours, 'maxTokens: 512', 'maxTokens: 256'));
  });

  it('merges a file under .prompts/ that is not a prompt as plain text, with git\'s markers on a conflict', () => {
    const repo = setup(BASE);
    repo.write({ '.prompts/CHANGELOG.md': '# Changelog\n\n- one\n' });
    repo.commit('changelog');
    repo.git('branch', '-f', 'feature');
    repo.git('checkout', '-q', 'feature');
    repo.write({ '.prompts/CHANGELOG.md': '# Changelog\n\n- two\n' });
    repo.commit('theirs');
    repo.git('checkout', '-q', 'main');
    repo.write({ '.prompts/CHANGELOG.md': '# Changelog\n\n- three\n' });
    repo.commit('ours');
    const result = spawnSync('git', ['merge', 'feature'], { cwd: repo.dir, env: isolatedGitEnv(), encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('promptgit: .prompts/CHANGELOG.md is not a prompt on every side, so it was merged as plain text: 1 conflict to resolve.');
    expect(readFileSync(path.join(repo.dir, '.prompts/CHANGELOG.md'), 'utf8')).toBe('# Changelog\n\n<<<<<<< ours\n- three\n=======\n- two\n>>>>>>> theirs\n');
  });
});
