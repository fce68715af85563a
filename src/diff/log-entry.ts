import type { LogEntry } from './history.js';
import { releaseFields } from './log-release.js';
import type { PromptDiff } from './types.js';

const STATUS: Record<string, LogEntry['status']> = { A: 'added', D: 'removed', R: 'renamed' };

/** One log entry: a commit, the prompt's file and git status letter in it, its semantic diff and that diff in one line. */
export function logEntry(meta: { commit: string; date: string; author: string; email: string; subject: string }, file: { path: string; status: string; removed: boolean }, diff: PromptDiff, summary: string, tags: string[]): LogEntry {
  const version = diff.to?.version;
  return {
    commit: meta.commit,
    date: meta.date,
    author: meta.author,
    email: meta.email,
    subject: meta.subject,
    file: file.path,
    status: file.removed ? 'removed' : (STATUS[file.status] ?? 'modified'),
    ...(version === undefined ? {} : { version }),
    tags,
    level: diff.level,
    summary,
    ...releaseFields(diff),
    changes: diff.changes,
  };
}
