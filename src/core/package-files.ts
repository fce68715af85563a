import { readFileSync } from 'node:fs';

/**
 * The promptgit package's own files (templates, bin, package.json), found from this module:
 * it sits two folders below the package root wherever it runs from (src/core/ in tests,
 * dist/core/ for the library, dist/bundle/ in the CLI bundle). Every such path goes through here.
 */
const PACKAGE_ROOT = new URL('../../', import.meta.url);

/** A file or folder of the package, by path from its root (`templates/`, `bin/promptgit.js`). */
export function packageUrl(relative: string): URL {
  return new URL(relative, PACKAGE_ROOT);
}

let version: string | undefined;

/** The package's version, from its package.json. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packageUrl('package.json'), 'utf8')) as { version: string }).version;
  return version;
}

let repository: string | undefined;

/**
 * A page of the package's repository on the web (`docs/rules.md` at its default branch),
 * from package.json's `repository`: the one place the repository's address is written.
 */
export function repositoryPage(relative: string): string {
  repository ??= (() => {
    const field = (JSON.parse(readFileSync(packageUrl('package.json'), 'utf8')) as { repository?: string | { url?: string } }).repository;
    const url = typeof field === 'string' ? field : (field?.url ?? '');
    return url.replace(/^git\+/, '').replace(/\.git$/, '');
  })();
  return `${repository}/blob/main/${relative}`;
}
