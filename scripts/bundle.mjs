// Bundles the CLI (and the lint worker) into dist/bundle/ with esbuild, after tsc has checked
// the types and built the library in dist/. Loading a handful of files instead of hundreds
// (zod alone is dozens) is most of the CLI's start-up time. Commands stay lazily loaded:
// each becomes a chunk that loads only when its command runs.
// dist/bundle/ sits two folders below the package root, as src/core/ and dist/core/ do, so
// src/core/package-files.ts finds the package's own files from every build.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outdir = `${root}dist/bundle`;
rmSync(outdir, { recursive: true, force: true });
// Shared by both builds below.
const common = {
  absWorkingDir: root,
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  // Smaller files compile faster at start-up; names are kept for error classes, and --debug
  // stack traces map back to the sources.
  minify: true,
  keepNames: true,
  chunkNames: '[name]-[hash]',
  // CommonJS dependencies (write-file-atomic) use require() and __filename: give
  // each ESM chunk its own.
  banner: {
    js: [
      "import { createRequire as __promptgitCreateRequire } from 'node:module';",
      "import { fileURLToPath as __promptgitFileURLToPath } from 'node:url';",
      'const require = __promptgitCreateRequire(import.meta.url);',
      'const __filename = __promptgitFileURLToPath(import.meta.url);',
      "const __dirname = __promptgitFileURLToPath(new URL('.', import.meta.url));",
    ].join(' '),
  },
  logLevel: 'warning',
};
await build({
  ...common,
  // The library's entries too (package.json exports): an app's import loads a few files.
  entryPoints: { cli: 'src/cli.ts', worker: 'src/lint/worker.ts', index: 'src/index.ts', lint: 'src/lint/index.ts', diff: 'src/diff/index.ts' },
  splitting: true,
  chunkNames: '[name]-[hash]',
});
// What the pre-commit hook runs (bin/promptgit.js routes "lint --staged" to it), as one file:
// a commit's run loads some thirty chunks otherwise, and each file costs its own resolve,
// read and compile. Its dynamic imports are inlined, and their modules are still evaluated
// only when imported, so git still runs while the linter's modules are set up.
await build({ ...common, entryPoints: { 'pre-commit': 'src/pre-commit.ts' }, splitting: false });

