import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configSchema } from '../../../src/core/config.js';
import { idProblem } from '../../../src/core/ids.js';
import { InternalError } from '../../../src/errors.js';
import { tagsStartingWith } from '../../../src/git/index.js';
import { classifyFiles, listIndexFor, readReleaseTags, readReleaseTagsFor, stagedChangesUnderPrompts, type Listing } from '../../../src/store/index.js';
import { gitdir } from '../../helpers/gitdir.js';

const p = 'messages:\n  - role: user\n    content: hi\n';

/** What a run linting `ids` learns from a listing: their files, duplicates, case twins, partials and named files' problems. */
function factsFor(listing: Listing, ids: readonly string[], files: readonly string[]) {
  const lower = new Set(ids.map((id) => id.toLowerCase()));
  return {
    prompts: listing.prompts.filter((e) => lower.has(e.id.toLowerCase())),
    ambiguous: [...listing.ambiguous].filter(([id]) => lower.has(id.toLowerCase())),
    partials: listing.partials,
    problems: listing.diagnostics.filter((d) => files.includes(d.file)),
  };
}

/** Index trees, each with the ids and files a commit stages. */
const CASES: Array<{ name: string; tree: Record<string, string>; ids: string[]; files?: string[] }> = [
  { name: 'one id among others', tree: { '.prompts/a/b.yaml': p, '.prompts/a/bc.yaml': p, '.prompts/a/b/c.yaml': p, '.prompts/ab.yaml': p }, ids: ['a/b'] },
  { name: 'an id claimed by two extensions', tree: { '.prompts/a/b.yaml': p, '.prompts/a/b.yml': p, '.prompts/x.yaml': p }, ids: ['a/b'] },
  { name: 'an upper-case extension and the .prompt. forms', tree: { '.prompts/a.prompt.yml': p, '.prompts/a.YAML': p, '.prompts/b.prompt.yaml': p }, ids: ['a', 'b'] },
  { name: 'ids that differ only by case', tree: { '.prompts/Team/Triage.yaml': p, '.prompts/team/triage.yaml': p, '.prompts/team/other.yaml': p }, ids: ['team/triage'] },
  { name: 'a case twin that is itself ambiguous', tree: { '.prompts/A.yaml': p, '.prompts/A.yml': p, '.prompts/a.yaml': p }, ids: ['a'] },
  { name: 'the same path outside .prompts/', tree: { '.PROMPTS/a.yaml': p, 'prompts/a.yaml': p, '.prompts/a.yaml': p }, ids: ['a'] },
  { name: 'names with glob characters, matched literally', tree: { '.prompts/a*.yaml': p, '.prompts/a?.yaml': p, '.prompts/[a].yaml': p, '.prompts/a.yaml': p }, ids: ['a'] },
  { name: 'partials, and files that are not partials', tree: { '.prompts/_partials/x.md': 'x', '.prompts/_partials/d/y.md': 'y', '.prompts/_partialsX.md': 'z', '.prompts/_partials/n.txt': 'n', '.prompts/a.yaml': p }, ids: ['a'] },
  { name: 'badly named staged files', tree: { '.prompts/bad name.yaml': p, '.prompts/a.yaml.yaml': p, '.prompts/ok.yaml': p, '.prompts/other bad.yaml': p }, ids: ['ok'], files: ['.prompts/bad name.yaml', '.prompts/a.yaml.yaml'] },
];

describe('listIndexFor (the index narrowed to a commit)', () => {
  it.each(CASES)('classifies the staged ids as the full listing does: $name', async ({ tree, ids, files = [] }) => {
    const repo = gitdir(tree);
    const full = classifyFiles(repo.git('ls-files', '-z', '--', '.prompts').split('\0').filter(Boolean));
    // As a commit names them: one staged file per id (the others are for the listing to find).
    const named = [...ids.map((id) => Object.keys(tree).find((f) => f.startsWith(`.prompts/${id}.`))!), ...files];
    const narrow = await listIndexFor(repo.dir, ids, named);
    expect(factsFor(narrow.listing, ids, named)).toEqual(factsFor(full, ids, named));
    // Each file it lists comes with its blob, which git agrees with.
    for (const [file, blob] of narrow.blobs) expect(blob).toBe(repo.git('rev-parse', `:${file}`).trim());
  });

  it('answers from a subfolder, with diff.relative set, and before the first commit', async () => {
    const repo = gitdir({ '.prompts/a.yaml': p, '.prompts/gone.yaml': p, 'sub/readme.md': 'r' });
    repo.write({ '.prompts/a.yaml': `${p}# changed\n`, '.prompts/new.yaml': p, 'outside.txt': 'o' });
    repo.git('rm', '-q', '--cached', '.prompts/gone.yaml');
    repo.git('add', '.prompts/a.yaml', '.prompts/new.yaml', 'outside.txt');
    repo.git('config', 'diff.relative', 'true');
    const sub = path.join(repo.dir, 'sub');
    const changes = await stagedChangesUnderPrompts(sub);
    expect(changes.map((c) => [c.status, c.path])).toEqual([
      ['M', '.prompts/a.yaml'],
      ['D', '.prompts/gone.yaml'],
      ['A', '.prompts/new.yaml'],
    ]);
    expect(changes[0]!.blob).toBe(repo.git('rev-parse', ':.prompts/a.yaml').trim());
    expect(changes[1]!.blob).toBeUndefined();
    expect((await listIndexFor(sub, ['a'], [])).listing.prompts).toEqual([{ id: 'a', file: '.prompts/a.yaml' }]);

    const fresh = gitdir({ '.prompts/x.yaml': p }, { commit: false });
    fresh.git('add', '-A');
    mkdirSync(path.join(fresh.dir, '.prompts', 'deep'));
    expect((await stagedChangesUnderPrompts(path.join(fresh.dir, '.prompts', 'deep'))).map((c) => c.path)).toEqual(['.prompts/x.yaml']);
  });
});

describe('release tags of some prompts', () => {
  it('finds the tags of the ids asked for, as the full listing does', async () => {
    const repo = gitdir({ '.prompts/a/b.yaml': p });
    for (const tag of ['prompts/a/b@1.0.0', 'prompts/a/b@1.1.0-rc.1', 'prompts/a/b@2.0.0+build.7', 'prompts/a/bc@1.0.0', 'prompts/a/b/c@1.0.0', 'prompts/x/a/b@1.0.0', 'v1/a/b@3.0.0', 'prompts/a/b@bogus', 'prompts/A/B@1.0.0']) repo.git('tag', tag);
    repo.git('tag', '-a', '-m', 'annotated', 'prompts/a/b@1.2.0');
    for (const prefix of ['prompts/', 'v1/', '']) {
      const all = await readReleaseTags(repo.dir, prefix);
      expect(await readReleaseTagsFor(repo.dir, prefix, ['a/b', 'a/b/c'])).toEqual(all.filter((r) => r.id === 'a/b' || r.id === 'a/b/c'));
    }
    expect((await readReleaseTagsFor(repo.dir, 'prompts/', ['a/b'])).map((r) => r.version)).toEqual(['1.0.0', '1.1.0-rc.1', '1.2.0']);
    expect(await readReleaseTagsFor(repo.dir, 'prompts/', [])).toEqual([]);
  });

  it('builds git patterns only from ids and prefixes, which cannot hold a glob character', async () => {
    for (const glob of ['a*', 'a?', 'a[b]', 'a\\b']) {
      expect(idProblem(glob)).toBeDefined();
      expect(configSchema.safeParse({ tagPrefix: glob }).success).toBe(false);
    }
    await expect(tagsStartingWith(gitdir().dir, ['prompts/a*@'])).rejects.toBeInstanceOf(InternalError);
  });
});
