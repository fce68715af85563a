import { describe, expect, it } from 'vitest';
import { parseEnvironments } from '../../../src/core/environments.js';
import { INDEX, WORKTREE, commitState, inspectEnvironments, readEnvironments } from '../../../src/store/index.js';
import { gitdir } from '../../helpers/gitdir.js';

const FILE = '.prompts/_environments.yaml';

describe('parseEnvironments', () => {
  it('reads env -> id -> version with the line of each pointer', () => {
    const parsed = parseEnvironments('# which version each serves\nproduction:\n  support/triage: 1.2.0 # pinned\nstaging:\n  support/triage: "1.3.0-rc.0"\nempty:\n');
    expect(parsed.diagnostics).toEqual([]);
    expect([...parsed.envs.keys()]).toEqual(['production', 'staging', 'empty']);
    expect(parsed.envs.get('production')).toEqual(new Map([['support/triage', '1.2.0']]));
    expect(parsed.envs.get('staging')!.get('support/triage')).toBe('1.3.0-rc.0');
    expect(parsed.entries.map((e) => [e.env, e.id, e.line])).toEqual([
      ['production', 'support/triage', 3],
      ['staging', 'support/triage', 5],
    ]);
  });

  it.each([
    ['production:\n  triage: 1.2\n', 2, /not a release version/],
    ['production:\n  triage: v1.2.0\n', 2, /not a release version/],
    ['production:\n  triage:\n', 2, /is empty/],
    ['production:\n  Bad Id: 1.0.0\n', 2, /not a valid prompt id/],
    ['latest:\n  triage: 1.0.0\n', 1, /not a valid environment name/],
    ['9lives:\n  triage: 1.0.0\n', 1, /not a valid environment name/],
    ['production: 1.0.0\n', 1, /must be a mapping/],
    ['- a\n- b\n', 1, /must be a YAML mapping|mapping of environments/],
    ['production:\n  a: 1.0.0\n  a: 1.1.0\n', 3, /./],
  ])('reports %j at line %i', (text, line, message) => {
    const { diagnostics } = parseEnvironments(text);
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics[0]!.line).toBe(line);
    expect(diagnostics[0]!.message).toMatch(message);
    expect(diagnostics[0]!.file).toBe(FILE);
  });

  it('keeps the valid pointers beside an invalid one', () => {
    const parsed = parseEnvironments('production:\n  a: 1.0.0\n  b: nope\n');
    expect(parsed.envs.get('production')).toEqual(new Map([['a', '1.0.0']]));
    expect(parsed.diagnostics).toHaveLength(1);
  });
});

describe('readEnvironments', () => {
  it('reads the file at the working tree, the index and a commit', async () => {
    const repo = gitdir({ [FILE]: 'production:\n  triage: 1.0.0\n' });
    const first = repo.git('rev-parse', 'HEAD').trim();
    repo.write({ [FILE]: 'production:\n  triage: 1.1.0\n' });
    repo.git('add', FILE);
    repo.write({ [FILE]: 'production:\n  triage: 1.2.0\n' });
    const at = async (state: Parameters<typeof readEnvironments>[1]) => (await readEnvironments(repo.dir, state)).envs.get('production')!.get('triage');
    expect(await at(WORKTREE)).toBe('1.2.0');
    expect(await at(INDEX)).toBe('1.1.0');
    expect(await at(commitState(first))).toBe('1.0.0');
    expect((await readEnvironments(repo.dir, WORKTREE)).file).toBe(FILE);
  });

  it('has no environments where the file does not exist', async () => {
    const repo = gitdir({ 'README.md': 'x' });
    const envs = await readEnvironments(repo.dir, commitState(repo.git('rev-parse', 'HEAD').trim()));
    expect(envs.envs.size).toBe(0);
    expect((await inspectEnvironments(repo.dir, WORKTREE)).exists).toBe(false);
  });

  it('throws every problem of an invalid file, and inspect returns them instead', async () => {
    const repo = gitdir({ [FILE]: 'production:\n  a: 1\n  b: two\n' });
    await expect(readEnvironments(repo.dir, WORKTREE)).rejects.toMatchObject({ code: 'problems', problems: [{ line: 2 }, { line: 3 }] });
    expect((await inspectEnvironments(repo.dir, WORKTREE)).diagnostics.map((d) => d.line)).toEqual([2, 3]);
  });
});
