// promptgit --version against bare `node -e 0`: the bin must not load the CLI for it.
import { fileURLToPath } from 'node:url';
import { compare, ratioLine, spawnOk } from './measure.mjs';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));

export default async function startup() {
  const t = await compare(
    {
      node: () => spawnOk(process.execPath, ['-e', '0']),
      version: () => spawnOk(process.execPath, [BIN, '--version']),
      help: () => spawnOk(process.execPath, [BIN, '--help']),
    },
    { runs: 21, warmup: 2 },
  );
  return [ratioLine('promptgit --version', t.version, t.node, 1.3), `promptgit --help (loads the CLI, for reference): ${t.help.toFixed(1)} ms = ${(t.help / t.node).toFixed(2)}x node -e 0`];
}
