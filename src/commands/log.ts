import { idProblem } from '../core/ids.js';
import { resolveRoot } from '../store/index.js';
import { levelText } from '../diff/format-text.js';
import { promptHistory } from '../diff/history.js';
import { GitError, UsageError } from '../errors.js';
import { hasCommits } from '../git/index.js';
import { diffMessages as m } from '../messages/diff.js';
import { promptMessages } from '../messages/prompts.js';
import type { CommandContext } from './context.js';
import { safeLine } from '../output/sanitize.js';

export interface LogOptions extends CommandContext {
  id: string;
  count?: string;
  json?: boolean;
}

function parseCount(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(m.badCount(value));
  return Number(value);
}

/** `promptgit log <id>`: the prompt's commits, newest first, each with what changed semantically. */
export async function log(options: LogOptions): Promise<number> {
  const { reporter, id } = options;
  if (id.startsWith('-')) throw new UsageError(m.refIsOption(id), { hint: promptMessages.invalidIdHint });
  const problem = idProblem(id);
  if (problem) throw new UsageError(promptMessages.invalidId(id, problem), { hint: promptMessages.invalidIdHint });
  const max = parseCount(options.count);
  const root = await resolveRoot({ cwd: options.cwd });
  const entries = await promptHistory(root, id, max === undefined ? {} : { max }).catch(async (error: unknown) => {
    // An empty repository makes git log fail on HEAD: say so instead of passing git's words on.
    if (!(await hasCommits(root))) throw new GitError(m.noCommits, { hint: m.noCommitsHint });
    throw error;
  });
  if (options.json) {
    reporter.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  const c = reporter.color;
  const lines: string[] = [];
  for (const entry of entries) {
    const release = [entry.version ? `version ${entry.version}` : '', ...entry.tags.map((t) => c.green(`tag ${t}`))].filter(Boolean).join(', ');
    lines.push(`${c.yellow(entry.commit.slice(0, 10))}  ${entry.date.slice(0, 10)}  ${levelText(entry.level, c)}${' '.repeat(Math.max(1, 9 - entry.level.length))}${safeLine(entry.summary)}`);
    lines.push(`            ${safeLine(entry.subject)} ${c.dim(`(${safeLine(entry.author)})`)}${release ? `  ${release}` : ''}${entry.status === 'renamed' ? c.dim(`  now ${safeLine(entry.file)}`) : ''}`);
  }
  reporter.out(lines.join('\n'));
  return 0;
}
