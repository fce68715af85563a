import { createRequire } from 'node:module';

/*
 * Libraries loaded on first use, because a clean pre-commit run never needs them and they
 * are a real share of the code it would otherwise load: yaml (js-yaml reads most prompts,
 * see fast-yaml.ts; yaml is needed only for a position, an edit, or a file js-yaml leaves to
 * it) and semver (only for a prompt with a version, or release tags). In the bundle the
 * `require` is esbuild's: the package is bundled, and evaluated on the first call. Built by
 * tsc alone, it is Node's.
 */

const requireHere = createRequire(import.meta.url);

function onFirstUse<T>(load: () => T): () => T {
  let lib: T | undefined;
  return () => (lib ??= load());
}

export const yamlLib = onFirstUse(() => (typeof require === 'function' ? require('yaml') : requireHere('yaml')) as typeof import('yaml'));

export const semverLib = onFirstUse(() => (typeof require === 'function' ? require('semver') : requireHere('semver')) as typeof import('semver'));
