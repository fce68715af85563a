// `npm run demo`: the whole promptgit workflow in a scratch git repository, printing each
// command and its output as a new user would see them. Exits non-zero if a step misbehaves.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/promptgit.js', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BUILT = path.join(ROOT, 'dist', 'bundle', 'cli.js');

/** The newest modification time of the files under a folder. */
function newest(dir) {
  return Math.max(0, ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newest(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)));
}

// `npm ci` has just built the CLI (prepare): build again only when it is missing or older than the sources.
if (!existsSync(BUILT) || newest(path.join(ROOT, 'src')) > statSync(BUILT).mtimeMs) {
  console.log('Building promptgit first (dist/ is missing or older than src/)...');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
}
const keep = process.argv.includes('--keep');
const dir = mkdtempSync(path.join(tmpdir(), 'promptgit-demo-'));
const env = { ...process.env, GIT_AUTHOR_NAME: 'Demo', GIT_AUTHOR_EMAIL: 'demo@example.com', GIT_COMMITTER_NAME: 'Demo', GIT_COMMITTER_EMAIL: 'demo@example.com' };
const bold = (s) => (process.stdout.isTTY && !process.env.NO_COLOR ? `\x1b[1m${s}\x1b[22m` : s);

function say(text) {
  console.log(`\n${bold(`# ${text}`)}`);
}

/** Runs a shell-free command, prints it and its output, and checks the exit code. */
function run(cmd, args, { expect = 0, display } = {}) {
  const shown = cmd === process.execPath ? ['promptgit', ...args.slice(1)] : [cmd, ...args];
  console.log(bold(`$ ${display ?? shown.map(quote).join(' ')}`));
  const result = spawnSync(cmd, args, { cwd: dir, env, encoding: 'utf8' });
  process.stdout.write(result.stdout);
  process.stdout.write(result.stderr);
  if (result.status !== expect) {
    console.error(`\ndemo: expected exit code ${expect}, got ${result.status}; stopping.`);
    process.exit(1);
  }
  return result;
}

const promptgit = (args, options) => run(process.execPath, [BIN, ...args], options);
const git = (...args) => execFileSync('git', args, { cwd: dir, env, encoding: 'utf8' });
const quote = (a) => (/^[\w./@:=-]+$/.test(a) ? a : `'${a.replace(/'/g, `'\\''`)}'`);

/** Edits a file as a user would in an editor, and shows the lines changed. */
function edit(file, ...pairs) {
  const target = path.join(dir, file);
  let text = readFileSync(target, 'utf8');
  console.log(bold(`$ edit ${file}`));
  for (const [from, to] of pairs) {
    if (!text.includes(from)) throw new Error(`demo: ${file} does not contain ${JSON.stringify(from)}`);
    text = text.replaceAll(from, to);
    console.log(`  - ${from.trim()}\n  + ${to.trim()}`);
  }
  writeFileSync(target, text);
}

function commit(message) {
  console.log(bold(`$ git commit -am ${quote(message)}`));
  const result = spawnSync('git', ['commit', '-q', '-am', message], { cwd: dir, env, encoding: 'utf8' });
  process.stdout.write(result.stdout + result.stderr);
  if (result.status !== 0) {
    console.error(`\ndemo: git commit failed (${result.status}); stopping.`);
    process.exit(1);
  }
}

try {
  say(`A scratch repository: ${dir}`);
  git('init', '-q', '-b', 'main');
  console.log(bold('$ git init'));

  say('Set up .prompts/ (config, JSON schema for editors, an example prompt)');
  promptgit(['init']);

  say('Create a prompt of your own from a template');
  promptgit(['new', 'support/summarize', '--template', 'text']);
  edit('.prompts/support/summarize.yaml', ['description: What this prompt does, in one sentence', 'description: Summarize a support thread for the next agent']);

  say('Every prompt, its version and whether it has uncommitted changes');
  promptgit(['list']);

  say('A prompt as stored');
  promptgit(['show', 'support/summarize']);

  say('Render it with variables: the contract is checked, defaults applied');
  promptgit(['render', 'example', '--var', 'ticket=My order arrived broken.', '--var', 'tone=casual']);
  promptgit(['render', 'example', '--var', 'ticket=Hi', '--format', 'json']);

  say('A mistake: a missing variable and a value outside the enum');
  promptgit(['render', 'example', '--var', 'tone=rude'], { expect: 2 });

  say('Lint checks every prompt like a compiler: here, a typo in a field name');
  edit('.prompts/support/summarize.yaml', ['\ndescription:', '\ndesciption:']);
  promptgit(['lint'], { expect: 1 });
  edit('.prompts/support/summarize.yaml', ['\ndesciption:', '\ndescription:']);
  promptgit(['lint']);
  console.log('(No output and exit code 0: every prompt is clean. 1 means problems were found, 2 that lint could not run.)');

  say('A pre-commit hook runs "promptgit lint --staged" on every commit');
  promptgit(['hook', 'install']);
  git('add', '-A');
  commit('Add prompts');

  say('First release: every prompt gets 1.0.0, a changelog entry and an annotated tag');
  promptgit(['release', '--all']);
  promptgit(['list']);

  say('Change the model parameters: diff classifies it as a feature');
  edit('.prompts/example.yaml', ['temperature: 0.2', 'temperature: 0.5']);
  promptgit(['diff']);
  commit('Warmer triage replies');
  promptgit(['release', 'example', '--dry-run']);
  promptgit(['release', 'example', '-m', 'Replies read less stiff.']);

  say('Rename a variable: callers that pass "ticket" would break, so diff says breaking');
  edit('.prompts/example.yaml', ['  ticket:\n', '  message:\n'], ['{{ticket}}', '{{message}}'], ['- ticket:', '- message:']);
  promptgit(['diff', '--exit-code'], { expect: 1 });
  commit('Rename ticket to message');
  promptgit(['release', 'example']);

  say('History: every version, what changed, and the release tags');
  promptgit(['log', 'example']);
  run('git', ['tag', '--list', 'prompts/*']);
  promptgit(['diff', 'example@1.0.0', 'example@latest', '--stat']);

  say('An app pins a version: render an old release by its version');
  promptgit(['show', 'example@1.0.0']);
  promptgit(['render', 'example@1.1.0', '--var', 'ticket=Where is my parcel?']);
  run('head', ['-n', '20', '.prompts/CHANGELOG.md']);

  say('Evaluate: run a prompt\'s testData and score the replies (the echo provider needs no model)');
  const reply = [
    'description: Answer a customer in one line',
    'model: openai/gpt-4o-mini',
    'variables:',
    '  customer: { type: string }',
    '  answer: { type: string }',
    'messages:',
    '  - role: user',
    '    content: "Thanks for writing, {{customer}}. {{answer}}"',
    'testData:',
    '  - { customer: Ada, answer: Your refund is on its way., keyword: refund }',
    '  - { customer: Bob, answer: We shipped it today., keyword: shipped }',
    '  - { customer: Cy, answer: It left our warehouse., keyword: tracking number }',
    'evaluators:',
    '  - name: mentions-keyword',
    '    string: { contains: "{{keyword}}" }',
    '  - name: polite',
    '    string: { startsWith: "Thanks" }',
    '',
  ].join('\n');
  console.log(bold('$ cat > .prompts/support/reply.yaml'));
  console.log(reply.trimEnd());
  writeFileSync(path.join(dir, '.prompts/support/reply.yaml'), reply);
  promptgit(['eval', 'support/reply', '--provider', 'echo'], { expect: 1 });
  console.log('(Exit code 1: a row failed. With a real model: OPENAI_API_KEY=... promptgit eval, or a provider in _config.yaml.)');

  say('Record the answers, commit them, and evaluate again with no provider and no network');
  edit('.prompts/support/reply.yaml', ['keyword: tracking number', 'keyword: warehouse']);
  promptgit(['eval', 'support/reply', '--provider', 'echo', '--record']);
  git('add', '-A');
  commit('Reply prompt with its recorded answers');
  promptgit(['eval', 'support/reply', '--replay']);

  say('Compare: what an edit does to the answers, row by row, against the last commit');
  edit('.prompts/support/reply.yaml', ['Thanks for writing', 'Hi']);
  promptgit(['eval', 'support/reply', '--provider', 'echo', '--compare', 'HEAD'], { expect: 1 });
  console.log(`\n${bold('Demo finished.')} ${keep ? `The repository is kept at ${dir}` : 'Run "npm run demo -- --keep" to keep the repository and look around it.'}`);
} finally {
  if (!keep) rmSync(dir, { recursive: true, force: true });
}
