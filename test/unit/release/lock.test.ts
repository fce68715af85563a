import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LOCK_FILE, acquireReleaseLock } from '../../../src/release/lock.js';
import { scratchDir } from '../../helpers/gitdir.js';

describe('release lock', () => {
  it('is exclusive until released', () => {
    const dir = scratchDir();
    const lock = acquireReleaseLock(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), 'utf8'))).toMatchObject({ pid: process.pid });
    expect(() => acquireReleaseLock(dir)).toThrow(`Another promptgit release is running in this repository (process ${process.pid}).`);
    lock.release();
    lock.release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
    acquireReleaseLock(dir).release();
  });

  it('is created whole (no moment where it exists empty) and leaves no temporary file', () => {
    const dir = scratchDir();
    const lock = acquireReleaseLock(dir);
    expect(() => acquireReleaseLock(dir)).toThrow(/process \d+/);
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('reports a lock left by a process that is gone, and leaves it in place', () => {
    const dir = scratchDir();
    // A pid that surely ran and ended: a child that has exited.
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    const file = path.join(dir, LOCK_FILE);
    writeFileSync(file, JSON.stringify({ pid: Number(dead), host: hostname(), started: '2026-11-30T10:00:00.000Z' }));
    let error: unknown;
    try {
      acquireReleaseLock(dir);
    } catch (e) {
      error = e;
    }
    expect((error as Error).message).toMatch(new RegExp(`^A release lock from process ${dead} \\(started 2026-11-30T10:00:00.000Z\\) is still in .*${LOCK_FILE}, but that process is no longer running\\.$`));
    expect((error as { hint: string }).hint).toMatch(/remove .*promptgit-release\.lock/);
    expect(existsSync(file)).toBe(true);
  });
});
