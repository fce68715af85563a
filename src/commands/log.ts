import { idProblem } from '../core/ids.js';
import { resolveRoot } from '../store/index.js';
import { levelText } from '../diff/format-text.js';
import { promptHistory, type LogEntry } from '../diff/history.js';
import type { Reporter } from '../output/reporter.js';
import { GitError, UsageError } from '../errors.js';
import { hasCommits } from '../git/index.js';
import { diffMessages as m } from '../messages/diff.js';
import { promptMessages } from '../messages/prompts.js';
import type { CommandContext } from './context.js';
import { safeLine } from '../output/sanitize.js';

export interface LogOptions extends CommandContext {
  /** Without an id: every prompt's history. */
  id?: string;
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
  if (id === undefined) return logAll(options);
  if (id.startsWith('-')) throw new UsageError(m.refIsOption(id), { hint: promptMessages.invalidIdHint });
  const problem = idProblem(id);
  if (problem) throw new UsageError(promptMessages.invalidId(id, problem), { hint: promptMessages.invalidIdHint });
  const max = parseCount(options.count);
  const root = await resolveRoot({ cwd: options.cwd });
  const entries = await promptHistory(root, id, max === undefined ? {} : { max }).catch(explainEmpty(root));
  if (options.json) {
    reporter.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  const c = reporter.color;
  const lines: string[] = [];
  for (const entry of entries) {
    const release = releaseText(entry, c);
    lines.push(`${c.yellow(entry.commit.slice(0, 10))}  ${entry.date.slice(0, 10)}  ${changeText(entry, c)}`);
    lines.push(`            ${safeLine(entry.subject)} ${c.dim(`(${safeLine(entry.author)})`)}${release ? `  ${release}` : ''}${entry.status === 'renamed' ? c.dim(`  now ${safeLine(entry.file)}`) : ''}`);
  }
  reporter.out(lines.join('\n'));
  return 0;
}

/** An empty repository makes git log fail on HEAD: say so instead of passing git's words on. */
function explainEmpty(root: string): (error: unknown) => Promise<never> {
  return async (error) => {
    if (!(await hasCommits(root))) throw new GitError(m.noCommits, { hint: m.noCommitsHint });
    throw error;
  };
}

function releaseText(entry: LogEntry, c: Reporter['color']): string {
  return [entry.version ? `version ${entry.version}` : '', ...entry.tags.map((t) => c.green(`tag ${t}`))].filter(Boolean).join(', ');
}

/** `promptgit log` without an id: each commit that changed prompts, then one line per prompt it changed. */
async function logAll(options: LogOptions): Promise<number> {
  const { reporter } = options;
  const max = parseCount(options.count);
  const root = await resolveRoot({ cwd: options.cwd });
  const { allPromptsHistory } = await import('../diff/history-all.js');
  const entries = await allPromptsHistory(root, max === undefined ? {} : { max }).catch(explainEmpty(root));
  if (options.json) {
    reporter.out(JSON.stringify(entries, null, 2));
    return 0;
  }
  const c = reporter.color;
  const width = Math.max(0, ...entries.map((e) => safeLine(e.id).length));
  const lines: string[] = [];
  entries.forEach((entry, index) => {
    if (entries[index - 1]?.commit !== entry.commit) lines.push(`${c.yellow(entry.commit.slice(0, 10))}  ${entry.date.slice(0, 10)}  ${safeLine(entry.subject)} ${c.dim(`(${safeLine(entry.author)})`)}`);
    const release = releaseText(entry, c);
    lines.push(`            ${safeLine(entry.id).padEnd(width)}  ${changeText(entry, c)}${release ? `  ${release}` : ''}`);
  });
  reporter.out(lines.join('\n'));
  return 0;
}

/** The level, padded, and the summary; a release commit says only `release 1.2.0`. */
function changeText(entry: LogEntry, c: Reporter['color']): string {
  if (entry.release !== undefined) return c.green(safeLine(entry.summary));
  return `${levelText(entry.level, c)}${' '.repeat(Math.max(1, 9 - entry.level.length))}${safeLine(entry.summary)}`;
}
