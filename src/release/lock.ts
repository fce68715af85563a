import { closeSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { PromptgitError } from '../errors.js';
import { releaseMessages } from '../messages/release.js';

export const LOCK_FILE = 'promptgit-release.lock';

interface LockInfo {
  pid: number;
  host: string;
  started: string;
}

/** Whether a process with this pid is running on this machine. */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockInfo | undefined {
  try {
    const info = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockInfo>;
    return typeof info.pid === 'number' ? { pid: info.pid, host: String(info.host ?? ''), started: String(info.started ?? '') } : undefined;
  } catch {
    return undefined;
  }
}

export interface ReleaseLock {
  file: string;
  /** Removes the lock; safe to call more than once. */
  release(): void;
}

/**
 * Takes the release lock in the repository's common git folder (shared by its work
 * trees), created exclusively so two releases cannot both hold it. A lock left by a
 * process that no longer runs is reported, never broken silently: the user decides.
 */
export function acquireReleaseLock(commonDir: string): ReleaseLock {
  const file = path.join(commonDir, LOCK_FILE);
  let fd: number;
  try {
    fd = openSync(file, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const info = readLock(file);
    const rel = path.relative(process.cwd(), file) || file;
    if (info && info.host === hostname() && !alive(info.pid)) {
      throw new PromptgitError(releaseMessages.staleLock(rel, info.pid, info.started), { hint: releaseMessages.staleLockHint(rel) });
    }
    throw new PromptgitError(releaseMessages.locked(info ? `${info.pid}${info.host === hostname() ? '' : ` on ${info.host}`}` : 'unknown'), { hint: releaseMessages.lockedHint(rel) });
  }
  writeSync(fd, JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() }));
  closeSync(fd);
  let held = true;
  const release = (): void => {
    if (!held) return;
    held = false;
    process.removeListener('exit', release);
    rmSync(file, { force: true });
  };
  // Last resort for an exit we did not see coming (process.exit elsewhere).
  process.on('exit', release);
  return { file, release };
}
