import { ProblemsError } from '../errors.js';
import type { ChangedPath } from '../git/index.js';
import { releaseText } from '../messages/release.js';
import type { PlanEntry } from './plan.js';

/**
 * The files a release rewrites must hold committed content, or the release commit would
 * sweep in edits nobody reviewed. With `allowDirty` a staged change is released as it
 * is, but a file whose staged and working versions differ is still refused: which of
 * the two would be released? Returns the error a release throws (and a dry run shows as a
 * warning), or undefined when the files are clean.
 */
export function dirtyFiles(status: readonly ChangedPath[], files: readonly string[], allowDirty: boolean): ProblemsError | undefined {
  const wanted = new Set(files);
  const problems = [];
  for (const entry of status) {
    if (!wanted.has(entry.path)) continue;
    const [staged, working] = [entry.status[0], entry.status[1]];
    if (entry.status === '??') problems.push({ file: entry.path, message: releaseText.untracked });
    else if (!allowDirty) problems.push({ file: entry.path, message: releaseText.uncommitted });
    else if (staged !== ' ' && working !== ' ') problems.push({ file: entry.path, message: releaseText.stagedAndWorking });
    else if (staged === ' ') problems.push({ file: entry.path, message: releaseText.unstaged });
  }
  return problems.length > 0 ? new ProblemsError(releaseText.dirty(problems.length), problems, { hint: allowDirty ? releaseText.dirtyAllowHint : releaseText.dirtyHint }) : undefined;
}

/**
 * None of the tags the release would create may exist already, nor clash with a tag
 * folder (git cannot have both `a@1.0.0` and `a@1.0.0/x`).
 */
export function checkTagsFree(entries: readonly PlanEntry[], existing: readonly string[]): void {
  const names = new Set(existing);
  // Every folder an existing tag sits in, to find clashes without comparing all pairs.
  const folders = new Map<string, string>();
  for (const name of existing) for (let i = name.indexOf('/'); i !== -1; i = name.indexOf('/', i + 1)) folders.set(name.slice(0, i), name);
  const clash = (tag: string): string | undefined => {
    if (names.has(tag)) return tag;
    if (folders.has(tag)) return folders.get(tag);
    for (let i = tag.indexOf('/'); i !== -1; i = tag.indexOf('/', i + 1)) if (names.has(tag.slice(0, i))) return tag.slice(0, i);
    return undefined;
  };
  const taken = entries.flatMap((e) => {
    const other = clash(e.tag);
    return other === undefined ? [] : [{ file: e.file, message: other === e.tag ? releaseText.tagExists(e.tag) : releaseText.tagClash(e.tag, other) }];
  });
  if (taken.length === 0) return;
  throw new ProblemsError(
    releaseText.tagsExist(taken.length),
    taken,
    { hint: releaseText.tagsExistHint },
  );
}

/** `release: a@1.1.0, b@2.0.0`; a long list is cut in the subject and given in full below. */
export function commitMessage(entries: readonly PlanEntry[], message: string | undefined): string {
  const names = entries.map((e) => `${e.id}@${e.to}`);
  let subject = `release: ${names.join(', ')}`;
  const body: string[] = [];
  if (subject.length > 72 && names.length > 1) {
    let shown = 1;
    while (shown < names.length - 1 && `release: ${names.slice(0, shown + 1).join(', ')} and ${names.length - shown - 1} more`.length <= 72) shown++;
    subject = `release: ${names.slice(0, shown).join(', ')} and ${names.length - shown} more`;
    body.push(names.map((n) => `- ${n}`).join('\n'));
  }
  if (message?.trim()) body.unshift(message.trim());
  return [subject, ...body].join('\n\n');
}
