import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir = SRC): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every module a file imports (static, re-exports and dynamic import()), as src-relative paths or bare names. */
function importsOf(file: string): Array<{ spec: string; typeOnly: boolean }> {
  const text = readFileSync(file, 'utf8');
  const statements = [...text.matchAll(/(?:^|\s)(import|export)(\s+type)?\s[^'"]*?from\s+'([^']+)'/gm)].map((m) => ({ spec: m[3]!, typeOnly: m[2] !== undefined }));
  const dynamic = [...text.matchAll(/import\(\s*'([^']+)'\s*\)/g)].map((m) => ({ spec: m[1]!, typeOnly: false }));
  return [...statements, ...dynamic].map(({ spec, typeOnly }) => ({ typeOnly, spec: spec.startsWith('.') ? path.relative(SRC, path.resolve(path.dirname(file), spec)).replace(/\.js$/, '.ts') : spec }));
}

/** The layer of a src-relative path: its top folder, or the file name for top-level files. */
function layer(rel: string): string {
  const [top, ...rest] = rel.split(path.sep);
  return rest.length === 0 ? top!.replace(/\.ts$/, '') : top!;
}

/** Forbidden arrows: importer layer -> imported layers. */
const FORBIDDEN: Record<string, string[]> = {
  core: ['git', 'store', 'commands', 'cli', 'lint', 'diff', 'release', 'hook', 'output'],
  store: ['commands', 'cli', 'lint', 'diff', 'release', 'hook'],
  git: ['store', 'commands', 'cli', 'lint', 'diff', 'release'],
  lint: ['commands', 'cli'],
  diff: ['commands', 'cli'],
  release: ['commands', 'cli'],
  index: ['cli', 'commands'],
};

const arrows = sources().flatMap((file) => {
  const from = path.relative(SRC, file);
  return importsOf(file).map(({ spec: to, typeOnly }) => ({ from, to, typeOnly, fromLayer: layer(from), toLayer: to.includes(path.sep) || to.endsWith('.ts') ? layer(to) : `pkg:${to}` }));
});

describe('the layers of src/', () => {
  it('finds the imports it checks', () => {
    expect(arrows.some((a) => a.fromLayer === 'store' && a.toLayer === 'git')).toBe(true);
    expect(arrows.some((a) => a.fromLayer === 'commands' && a.toLayer === 'store')).toBe(true);
  });

  it('has no forbidden arrow (core -> git/store, lint/diff/release -> commands/cli, the library entry -> cli/commands)', () => {
    const bad = arrows.filter((a) => FORBIDDEN[a.fromLayer]?.includes(a.toLayer)).map((a) => `${a.from} -> ${a.to}`);
    expect(bad).toEqual([]);
  });

  it('starts processes only in git/', () => {
    const spawning = arrows.filter((a) => a.toLayer === 'pkg:node:child_process' && a.fromLayer !== 'git').map((a) => a.from);
    expect(spawning).toEqual([]);
  });

  it('keeps lint and diff from importing git/ themselves (they read through the store)', () => {
    const direct = arrows.filter((a) => (a.fromLayer === 'lint' || a.fromLayer === 'diff') && a.toLayer === 'git' && !a.typeOnly).map((a) => `${a.from} -> ${a.to}`);
    expect(direct).toEqual([]);
  });
});
