// What an app pays to import promptgit: `import('promptgit')` (the bundled main entry, which
// loads and renders) against bare `node -e 0`, and for reference the linter's entry and the
// unbundled tsc output that the main entry was before the store issue.
import { fileURLToPath } from 'node:url';
import { compare, spawnOk } from './measure.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const importOf = (specifier) => () => spawnOk(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)})`], { cwd: ROOT });

export default async function importBench() {
  const t = await compare(
    {
      node: () => spawnOk(process.execPath, ['-e', '0']),
      main: importOf('promptgit'),
      lint: importOf('promptgit/lint'),
      unbundled: importOf('./dist/index.js'),
    },
    { runs: 21, warmup: 2 },
  );
  const cost = (ms) => `${(ms - t.node).toFixed(0)} ms over node -e 0 (${(ms / t.node).toFixed(2)}x)`;
  return [`import('promptgit'): ${cost(t.main)}`, `import('promptgit/lint'), for reference: ${cost(t.lint)}`, `the same API unbundled (dist/index.js), for reference: ${cost(t.unbundled)}`];
}
