import { closeSync, linkSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
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
 * Creates the lock file with its content in one step: written under a temporary name, then
 * hard-linked to the lock's name, which fails when the lock exists. A second release then
 * never reads a lock that is created but still empty. Where hard links are not supported,
 * an exclusive create and a write do.
 */
function createLock(file: string, content: string): boolean {
  // Unique across hosts and containers sharing the repository, where pids repeat.
  const temp = `${file}.${hostname()}.${randomUUID()}.tmp`;
  writeFileSync(temp, content);
  try {
    linkSync(temp, file);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error;
  } finally {
    rmSync(temp, { force: true });
  }
  try {
    const fd = openSync(file, 'wx');
    writeSync(fd, content);
    closeSync(fd);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Takes the release lock in the repository's common git folder (shared by its work
 * trees), created exclusively so two releases cannot both hold it. A lock left by a
 * process that no longer runs is reported, never broken silently: the user decides.
 */
export function acquireReleaseLock(commonDir: string): ReleaseLock {
  const file = path.join(commonDir, LOCK_FILE);
  const content = JSON.stringify({ pid: process.pid, host: hostname(), started: new Date().toISOString() });
  const rel = path.relative(process.cwd(), file) || file;
  // A lock released between our attempt and our read of it is gone: try again (a few times,
  // as another release may take it first). A lock that stays unreadable is reported as such.
  for (let attempt = 0; !createLock(file, content); attempt++) {
    const info = readLock(file);
    if (info === undefined && attempt < 5) continue;
    if (info && info.host === hostname() && !alive(info.pid)) {
      throw new PromptgitError(releaseMessages.staleLock(rel, info.pid, info.started), { hint: releaseMessages.staleLockHint(rel) });
    }
    throw new PromptgitError(releaseMessages.locked(info ? `${info.pid}${info.host === hostname() ? '' : ` on ${info.host}`}` : 'unknown'), { hint: releaseMessages.lockedHint(rel) });
  }
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
