import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReleaseFailedError, applyRelease, type ReleaseWrite } from '../../../src/release/apply.js';
import { gitdir, type ScratchRepo } from '../../helpers/gitdir.js';
import { repoState } from '../../helpers/repo-state.js';

const PROMPT = '# keep me\nname: A\nversion: 1.0.0\nmessages:\n  - role: user\n    content: hi\n';

function setup(): ScratchRepo {
  const repo = gitdir({ '.prompts/a.yaml': PROMPT, '.prompts/b.yaml': PROMPT.replace('A', 'B'), 'notes.txt': 'x\n' });
  repo.git('tag', '-a', 'prompts/a@1.0.0', '-m', 'first');
  // Unrelated staged and unstaged work must survive a release, committed or rolled back.
  repo.write({ 'notes.txt': 'staged\n', 'new.txt': 'untracked\n' });
  repo.git('add', 'notes.txt');
  repo.write({ 'notes.txt': 'staged then edited\n' });
  return repo;
}

function release(repo: ScratchRepo): ReleaseWrite {
  return {
    root: repo.dir,
    files: [
      { file: '.prompts/a.yaml', content: PROMPT.replace('1.0.0', '1.1.0') },
      { file: '.prompts/b.yaml', content: PROMPT.replace('A', 'B').replace('1.0.0', '2.0.0') },
      { file: '.prompts/CHANGELOG.md', content: '# Changelog\n' },
    ],
    commit: {
      message: 'release: a@1.1.0, b@2.0.0',
      tags: [
        { name: 'prompts/a@1.1.0', message: 'a@1.1.0\n\n### Features\n\n- x' },
        { name: 'prompts/b@2.0.0', message: 'b@2.0.0' },
      ],
    },
  };
}

function hook(repo: ScratchRepo, name: string, script: string): void {
  const file = path.join(repo.dir, '.git', 'hooks', name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `#!/bin/sh\n${script}\n`);
  chmodSync(file, 0o755);
}

describe('applyRelease', () => {
  it('makes one commit of only the release files and annotated tags on it', async () => {
    const repo = setup();
    const done = await applyRelease(release(repo));
    expect(repo.git('rev-parse', 'HEAD').trim()).toBe(done.commit);
    expect(repo.git('log', '-1', '--format=%s').trim()).toBe('release: a@1.1.0, b@2.0.0');
    expect(repo.git('show', '--name-only', '--format=', 'HEAD').trim().split('\n').sort()).toEqual(['.prompts/CHANGELOG.md', '.prompts/a.yaml', '.prompts/b.yaml']);
    expect(repo.git('for-each-ref', '--format=%(refname:short) %(objecttype) %(*objectname)', 'refs/tags/prompts/').trim().split('\n')).toEqual([
      'prompts/a@1.0.0 tag ' + repo.git('rev-parse', 'HEAD~1').trim(),
      `prompts/a@1.1.0 tag ${done.commit}`,
      `prompts/b@2.0.0 tag ${done.commit}`,
    ]);
    expect(repo.git('cat-file', 'tag', 'prompts/a@1.1.0')).toMatch(/\n\na@1.1.0\n\n### Features\n\n- x\n$/);
    expect(repo.git('cat-file', '-p', 'prompts/b@2.0.0')).toMatch(/^tagger Test Author <author@example.com> \d+ [+-]\d{4}$/m);
    expect(repo.git('status', '--porcelain')).toBe('MM notes.txt\n?? new.txt\n');
    expect(repo.git('show', ':notes.txt')).toBe('staged\n');
  });

  it('writes files only without a commit part', async () => {
    const repo = setup();
    const head = repo.git('rev-parse', 'HEAD');
    const done = await applyRelease({ ...release(repo), commit: undefined });
    expect(done).toEqual({ tags: [] });
    expect(repo.git('rev-parse', 'HEAD')).toBe(head);
    expect(readFileSync(path.join(repo.dir, '.prompts/a.yaml'), 'utf8')).toContain('version: 1.1.0');
  });

  const failures: Array<[string, (repo: ScratchRepo) => void, RegExp]> = [
    ['a file cannot be written', (repo) => mkdirSync(path.join(repo.dir, '.prompts/CHANGELOG.md')), /"write files"/],
    ['a pre-commit hook rejects the commit', (repo) => hook(repo, 'pre-commit', 'echo "no releases on Fridays" >&2; exit 1'), /"commit": git commit failed: no releases on Fridays/],
    ['a commit-msg hook rejects the message', (repo) => hook(repo, 'commit-msg', 'echo "bad message" >&2; exit 1'), /"commit": git commit failed: bad message/],
    ['a tag ref cannot be created', (repo) => hook(repo, 'reference-transaction', 'if [ "$1" = prepared ] && grep -q refs/tags/; then echo "tags are frozen" >&2; exit 1; fi; exit 0'), /"create tags"/],
    ['a tag name clashes with an existing ref folder', (repo) => repo.git('tag', 'prompts/b@2.0.0/old'), /"create tags"/],
  ];
  it.each(failures)('restores everything when %s', async (_name, inject, message) => {
    const repo = setup();
    inject(repo);
    const before = repoState(repo);
    const error = await applyRelease(release(repo)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ReleaseFailedError);
    expect((error as Error).message, String((error as Error).message)).toMatch(message);
    expect((error as Error).message).toContain('back as it was before');
    expect(repoState(repo)).toEqual(before);
  });
});
