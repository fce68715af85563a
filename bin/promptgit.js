#!/usr/bin/env node
// The bin stays tiny: --version answers without loading the CLI, everything else runs it.
// A closed pipe (`promptgit list | head`) ends the output quietly, as it does for git.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-V')) {
  const { readFileSync } = await import('node:fs');
  process.stdout.write(`${JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version}\n`);
} else {
  // Stack traces (printed with --debug only) name the TypeScript sources, not the bundle.
  if (args.includes('--debug') || /\bpromptgit\b/.test(process.env.DEBUG ?? '')) process.setSourceMapsEnabled(true);
  // The pre-commit hook's command line has nothing to parse: it skips loading the parser.
  const staged = args.length === 2 && args[0] === 'lint' && args[1] === '--staged';
  process.exitCode = staged ? await (await import('../dist/bundle/pre-commit.js')).runStagedLint() : await (await import('../dist/bundle/cli.js')).run(process.argv);
}
