import { packageVersion } from './core/package-files.js';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Argument, Command, CommanderError, Option } from 'commander';
import { reportError } from './cli-errors.js';
import { UsageError } from './errors.js';
import { cliMessages } from './messages/cli.js';
import { processReporter, type Reporter } from './output/reporter.js';

interface GlobalOptions {
  cwd?: string;
  color?: boolean;
  debug?: boolean;
}


function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}

function example(...lines: string[]): string {
  return `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
}

/**
 * Builds the commander program. Each action imports its handler lazily, so a run pays
 * only for the command it runs, and returns the exit code through `setExit`.
 */
function program(setExit: (code: number) => void, reporterFor: (globals: GlobalOptions) => Promise<Reporter>): Command {
  const cli = new Command('promptgit')
    .description('Git-native prompt versioning: lint, diff, release and load LLM prompts as source code.')
    .version(packageVersion(), '-V, --version', 'print the version')
    .option('-C, --cwd <dir>', 'run as if started in <dir>')
    .option('--no-color', 'never colour the output (NO_COLOR works too)')
    .option('--debug', 'print stack traces for errors (DEBUG=promptgit works too)')
    .showSuggestionAfterError(true)
    // Each command's --help lists -C, --no-color and --debug too (commands inherit this).
    .configureHelp({ showGlobalOptions: true })
    .showHelpAfterError(cliMessages.usageHint('promptgit'))
    .exitOverride();

  const context = async (command: Command) => {
    const globals = command.optsWithGlobals<GlobalOptions>();
    const reporter = await reporterFor(globals);
    const cwd = path.resolve(globals.cwd ?? process.cwd());
    if (!existsSync(cwd)) throw new UsageError(`--cwd ${globals.cwd}: no such folder.`);
    return { cwd, reporter };
  };
  const action =
    <A extends unknown[]>(handler: (ctx: Awaited<ReturnType<typeof context>>, ...args: A) => Promise<number>) =>
    async (...args: unknown[]) => {
      const command = args[args.length - 1] as Command;
      setExit(await handler(await context(command), ...(args.slice(0, -1) as A)));
    };

  cli
    .command('init')
    .description('set up .prompts/ in this git repository (config, JSON schema, an example prompt)')
    .option('--force', 'rewrite the files promptgit owns (config and schema)')
    .option('--git', 'run "git init" first when the folder is not a repository')
    .addOption(new Option('--ci <provider>', 'also write a CI job that lints the prompts').choices(['github', 'gitlab']))
    .addHelpText('after', example('promptgit init', 'promptgit init --git', 'promptgit init --ci github'))
    .action(
      action(async (ctx, opts: { force?: boolean; git?: boolean; ci?: string }) => {
        const { init } = await import('./commands/init.js');
        return init({ ...ctx, ...opts });
      }),
    );

  cli
    .command('new')
    .description('create a prompt from a template')
    .argument('<id>', 'the prompt id: its path under .prompts/ without the extension')
    .addOption(new Option('-t, --template <name>', 'the template to start from').choices(['chat', 'text']).default('chat'))
    .addHelpText('after', example('promptgit new support/triage', 'promptgit new summarize --template text'))
    .action(
      action(async (ctx, id: string, opts: { template: string }) => {
        const { newPrompt } = await import('./commands/new.js');
        return newPrompt({ ...ctx, id, template: opts.template });
      }),
    );

  cli
    .command('list')
    .alias('ls')
    .description('list the prompts with their version, state and description')
    .option('--json', 'print JSON')
    .addHelpText('after', example('promptgit list', 'promptgit list --json'))
    .action(
      action(async (ctx, opts: { json?: boolean }) => {
        const { list } = await import('./commands/list.js');
        return list({ ...ctx, ...opts });
      }),
    );

  cli
    .command('show')
    .description('print a prompt as stored, now or at any version')
    .argument('<ref>', 'the prompt: <id>, <id>@<version>, <id>@<range>, <id>@latest, <id>@<revision> or a release tag name')
    .option('--json', 'print the parsed fields and the variable contract as JSON')
    .addHelpText('after', example('promptgit show support/triage', 'promptgit show support/triage@1.2.0', "promptgit show 'support/triage@^1'", 'promptgit show support/triage@HEAD~3 --json'))
    .action(
      action(async (ctx, ref: string, opts: { json?: boolean }) => {
        const { show } = await import('./commands/show.js');
        return show({ ...ctx, ref, ...opts });
      }),
    );

  cli
    .command('render')
    .description("fill a prompt's messages with variables, checking them against its contract")
    .argument('<ref>', 'the prompt: <id>, <id>@<version>, <id>@<range>, <id>@latest, <id>@<revision> or a release tag name')
    .option('--var <name=value>', 'a variable value (repeatable)', collect)
    .option('--vars <file>', 'a JSON file of variable values, or - for standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .option('--json', 'the same as --format json')
    .addHelpText('after', example("promptgit render support/triage --var ticket='My order is late' --var tone=casual", 'promptgit render support/triage --vars vars.json --format json', 'promptgit render support/triage@latest --var ticket=hi'))
    .action(
      action(async (ctx, ref: string, { json, ...opts }: { var?: string[]; vars?: string; format: string; json?: boolean }) => {
        const { render } = await import('./commands/render.js');
        return render({ ...ctx, ref, ...opts, ...(json ? { format: 'json' } : {}) });
      }),
    );

  cli
    .command('release')
    .description('version prompts from their semantic diff: new version, changelog, one commit, one annotated tag each')
    .argument('[ids...]', 'the prompts to release')
    .option('--all', 'every prompt changed since its last release, and every prompt never released')
    .addOption(new Option('--bump <level>', 'use this bump instead of the one the changes call for').choices(['major', 'minor', 'patch']))
    .option('--pre <id>', 'make a pre-release, like 1.3.0-rc.0 with --pre rc')
    .option('-m, --message <text>', 'a note for the changelog entries and the commit')
    .option('--dry-run', 'print the plan and change nothing')
    .option('--json', 'print the plan or the result as JSON')
    .option('--no-commit', 'write the versions and changelog only: no commit, no tags')
    .option('--allow-dirty', 'release prompts whose changes are staged but not committed')
    .addHelpText('after', example('promptgit release support/triage --dry-run', 'promptgit release --all -m "Quarterly prompt review"', 'promptgit release support/triage --pre rc', 'git push --follow-tags'))
    .action(
      action(async (ctx, ids: string[], opts: { all?: boolean; bump?: 'major' | 'minor' | 'patch'; pre?: string; message?: string; dryRun?: boolean; json?: boolean; commit?: boolean; allowDirty?: boolean }) => {
        const { release } = await import('./commands/release.js');
        return release({ ...ctx, ids, ...opts });
      }),
    );

  cli
    .command('log')
    .description("a prompt's history (or every prompt's), newest first, with what changed semantically in each commit (follows renames)")
    .argument('[id]', 'the prompt id (default: every prompt, as git log -- .prompts/)')
    .option('-n, --max-count <count>', 'show at most <count> commits')
    .option('--json', 'print JSON')
    .addHelpText('after', example('promptgit log support/triage', 'promptgit log support/triage -n 5 --json', 'promptgit log -n 10'))
    .action(
      action(async (ctx, id: string | undefined, opts: { maxCount?: string; json?: boolean }) => {
        const { log } = await import('./commands/log.js');
        return log({ ...ctx, ...(id === undefined ? {} : { id }), ...(opts.maxCount === undefined ? {} : { count: opts.maxCount }), ...(opts.json ? { json: true } : {}) });
      }),
    );

  cli
    .command('diff')
    .description('semantic diff of prompts, field by field, each change classed breaking, feature or fix')
    .argument('[refs...]', 'nothing (working tree vs HEAD), <rev> [<rev>], <id>[@<x>] [<id>@<y>], or <id> <x> [<y>]')
    .option('--staged', 'compare the index (staged changes) with HEAD')
    .option('--json', 'print JSON (see docs/diff.md)')
    .addOption(new Option('--format <name>', 'text, json, or markdown (a pull-request comment, see docs/review.md)').choices(['text', 'json', 'markdown']))
    .option('--stat', 'one line per prompt')
    .option('--name-only', 'only the ids of the changed prompts')
    .option('--exit-code', 'exit 1 when there are differences')
    .option('--quiet', 'print nothing; exit 1 when there are differences (as git diff --quiet)')
    .addHelpText(
      'after',
      example('promptgit diff', 'promptgit diff --staged --exit-code', 'promptgit diff --quiet || echo "prompts changed"', 'promptgit diff main', 'promptgit diff support/triage@1.1.0 support/triage@1.2.0', 'promptgit diff support/triage 1.1.0 HEAD', 'promptgit diff HEAD~5 HEAD --stat'),
    )
    .action(
      action(async (ctx, refs: string[], opts: { staged?: boolean; json?: boolean; format?: string; stat?: boolean; nameOnly?: boolean; exitCode?: boolean; quiet?: boolean }) => {
        const { diff } = await import('./commands/diff.js');
        return diff({ ...ctx, refs, ...opts });
      }),
    );

  cli
    .command('review')
    .description('a pull-request comment body: a marker line, then the markdown diff of HEAD against its merge-base with <base>')
    .argument('[base]', 'the branch the change goes into (default: origin/$GITHUB_BASE_REF on GitHub Actions, else origin/HEAD)')
    .addOption(new Option('--fail-on <level>', 'exit 1 when a prompt change is at this level or higher').choices(['breaking', 'feature', 'fix']))
    .addHelpText('after', example('promptgit review', 'promptgit review main', 'promptgit review origin/main --fail-on breaking > comment.md'))
    .action(
      action(async (ctx, base: string | undefined, opts: { failOn?: string }) => {
        const { review } = await import('./commands/review.js');
        return review({ ...ctx, ...(base === undefined ? {} : { base }), ...opts });
      }),
    );

  cli
    .command('eval')
    .description("run each prompt's testData against a model and score the replies as gh models eval did")
    .argument('[targets...]', 'prompt ids, refs (triage@1.2.0, triage@HEAD~1) or .prompt.yml files; default: every prompt with testData')
    .option('--json', "print gh models eval's JSON report (same as --format json)")
    .addOption(new Option('--format <format>', 'the report format').choices(['text', 'json', 'junit', 'markdown', 'github']))
    .option('--output-file <file>', 'write the report to a file instead of standard output')
    .option('--provider <name>', 'a provider of eval.providers in .prompts/_config.yaml, "openai" or "echo"')
    .option('--base-url <url>', "the OpenAI-compatible endpoint (default: the provider's, else OPENAI_BASE_URL)")
    .option('--model <model>', "send every row to this model instead of the prompt's")
    .option('--concurrency <n>', 'rows in flight at once (default 4)')
    .addOption(new Option('--cache <mode>', 'answers cached under .promptgit/cache (default read-write)').choices(['read-write', 'read-only', 'off']))
    .option('--record', 'write every answer used to .prompts/_recordings/<id>.jsonl (commit them for --replay)')
    .option('--replay', 'answer only from the recordings, never the network (CI with no secrets)')
    .option('--compare <ref>', 'also run the same rows on each prompt at <ref>; exit 1 when a row regressed')
    .option('--repeat <n>', 'run every row n times (the cache keeps each answer)')
    .option('--filter <text>', 'only the rows whose values contain <text>')
    .option('--shard <i/n>', 'run a stable share of the rows (CI runners), e.g. 2/4')
    .option('--merge', 'combine the JSON reports named as arguments (from --shard runs) into one')
    .option('-q, --quiet', 'only failing rows and the summaries')
    .addHelpText(
      'after',
      example('promptgit eval', 'promptgit eval .github/prompts/summary.prompt.yml', 'promptgit eval support/triage --provider echo', 'promptgit eval --compare main --format markdown', 'promptgit eval --record', 'promptgit eval --replay --json', 'promptgit eval --shard 1/2 --json --output-file shard-1.json && promptgit eval --merge shard-*.json') +
        '\nExit codes: 0 every row passed, 1 a row failed or regressed, 2 could not run, 3 the provider failed (or --replay had no answer).\n',
    )
    .action(
      action(async (ctx, targets: string[], opts: Record<string, string | boolean | undefined>) => {
        const { evalCommand } = await import('./commands/eval.js');
        return evalCommand({ ...ctx, targets, ...opts });
      }),
    );

  cli
    .command('schema')
    .description('print the JSON Schema of the prompt file format')
    .addHelpText('after', example('promptgit schema > prompt.schema.json'))
    .action(
      action(async (ctx) => {
        const { schema } = await import('./commands/schema.js');
        return schema(ctx);
      }),
    );

  cli
    .command('lint')
    .description('check prompts for errors and risky patterns (exit 0 clean, 1 problems found, 2 could not run)')
    .argument('[targets...]', 'prompt ids, prompt files or folders (default: every prompt); other paths are skipped')
    .option('--staged', 'lint what is staged in the index (what the next commit contains)')
    .option('-f, --format <name>', 'stylish, json, sarif, github, gitlab or junit', 'stylish')
    .option('-o, --output-file <file>', 'write the report to a file and print a one-line summary')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this (-1: no limit); warnings --quiet hides count too')
    .option('--quiet', 'report errors only')
    .option('--fix', 'fix what fixable rules can, in the working tree')
    .option('--concurrency <n>', 'threads that lint: a number, auto (one per 1,500 prompts, up to the CPUs) or off', 'auto')
    .option('--stdin', 'lint standard input (with --stdin-filename), as eslint does')
    .option('--stdin-filename <path>', 'the prompt file the standard input is linted as')
    .addHelpText('after', example('promptgit lint', 'promptgit lint support/triage .prompts/sales/', 'promptgit lint --staged', 'promptgit lint --format sarif --output-file promptgit.sarif', 'promptgit lint --fix', 'promptgit lint --stdin --stdin-filename .prompts/support/triage.yaml < draft.yaml'))
    .action(
      action(async (ctx, targets: string[], opts: { staged?: boolean; format?: string; outputFile?: string; maxWarnings?: string; quiet?: boolean; fix?: boolean; concurrency?: string; stdin?: boolean; stdinFilename?: string }) => {
        const { lint } = await import('./commands/lint.js');
        return lint({ ...ctx, targets, ...opts });
      }),
    );

  cli
    .command('hook')
    .description('install or remove the git pre-commit hook that runs "promptgit lint --staged", or the merge driver for prompt files')
    .addArgument(new Argument('<action>', 'install or uninstall').choices(['install', 'uninstall']))
    .option('--force', 'keep an existing pre-commit hook that is not promptgit\'s and run it first')
    .option('--merge-driver', 'the merge driver instead: merge.promptgit in the git config and .prompts/** merge=promptgit in .gitattributes')
    .addHelpText('after', example('promptgit hook install', 'promptgit hook install --force', 'promptgit hook uninstall', 'promptgit hook install --merge-driver', 'promptgit hook uninstall --merge-driver'))
    .action(
      action(async (ctx, verb: string, opts: { force?: boolean; mergeDriver?: boolean }) => {
        const { hook } = await import('./commands/hook.js');
        return hook({ ...ctx, action: verb, ...opts });
      }),
    );

  cli
    .command('merge-driver', { hidden: true })
    .description("git's merge driver for prompt files: merges field by field, leaves conflict markers only in the fields both sides changed differently")
    .argument('<base>', "the common ancestor's version (git's %O)")
    .argument('<ours>', 'our version, where the result is written (git\'s %A)')
    .argument('<theirs>', "their version (git's %B)")
    .argument('[path]', "the file's path in the repository, for messages (git's %P)")
    .addHelpText('after', `\nInstalled by "promptgit hook install --merge-driver"; git runs it as:\n  promptgit merge-driver %O %A %B %P\nExit codes: 0 merged cleanly, 1 conflicts left in the file (git stops the merge there).\n`)
    .action(
      action(async (ctx, base: string, ours: string, theirs: string, file: string | undefined) => {
        const { mergeDriver } = await import('./commands/merge-driver.js');
        return mergeDriver({ ...ctx, base, ours, theirs, ...(file === undefined ? {} : { path: file }) });
      }),
    );

  // commander's own help command prints the top-level help for a name it does not know;
  // this one says the name is unknown and suggests the nearest, exit 2.
  cli.helpCommand(false);
  cli
    .command('help')
    .description('display help for command')
    .argument('[command]', 'the command to explain')
    .action(async (name: string | undefined) => {
      if (name === undefined) return cli.outputHelp();
      const target = cli.commands.find((c) => c.name() !== 'help' && (c.name() === name || c.aliases().includes(name)));
      if (target) return target.outputHelp();
      const { didYouMean } = await import('./core/suggest.js');
      throw new UsageError(cliMessages.unknownCommand(name, didYouMean(name, cli.commands.map((c) => c.name()))), { hint: cliMessages.unknownCommandHint });
    });

  // A usage error names the help of the command that was run, not the top level's.
  for (const command of cli.commands) command.showHelpAfterError(cliMessages.usageHint(`promptgit ${command.name()}`));
  return cli;
}

/** Runs the CLI with process-style argv and returns the exit code. Never throws. */
export async function run(argv: readonly string[]): Promise<number> {
  let exitCode = 0;
  let globals: GlobalOptions = {};
  let reporter: Reporter | undefined;
  const reporterFor = async (g: GlobalOptions) => {
    globals = g;
    reporter = await processReporter(g.color);
    return reporter;
  };
  const cli = program((code) => (exitCode = code), reporterFor);
  try {
    await cli.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and --version end with code 0; usage mistakes are "could not run".
      return error.exitCode === 0 ? 0 : 2;
    }
    const debug = globals.debug === true || /\bpromptgit\b/.test(process.env.DEBUG ?? '') || argv.includes('--debug');
    return reportError(error, reporter ?? (await processReporter(!argv.includes('--no-color'))), debug);
  }
}
