import semver from 'semver';

/** How much a change matters, as the semantic diff classes it. */
export type ChangeLevel = 'breaking' | 'feature' | 'fix' | 'none';
export type BumpKind = 'major' | 'minor' | 'patch';

const RANK: Record<BumpKind, number> = { patch: 0, minor: 1, major: 2 };

/**
 * The increment a change needs. Below 1.0.0 a breaking change bumps the minor
 * version, as the caret range `^0.2.0` expects (it accepts 0.2.x, not 0.3.0).
 */
export function requiredBump(level: Exclude<ChangeLevel, 'none'>, current: string): BumpKind {
  if (level === 'breaking') return semver.major(current) === 0 ? 'minor' : 'major';
  return level === 'feature' ? 'minor' : 'patch';
}

export function isLowerBump(chosen: BumpKind, required: BumpKind): boolean {
  return RANK[chosen] < RANK[required];
}

export interface NextVersionInput {
  /** The last released version, or undefined for a first release. */
  current: string | undefined;
  bump: BumpKind;
  /** A pre-release identifier (`rc`): makes `1.3.0-rc.0`, then `1.3.0-rc.1`. */
  pre?: string;
  /** The version of a first release (`1.0.0`, or `0.1.0` by config). */
  initialVersion: string;
}

/** The version after a bump; pre-release numbering continues on the same base version. */
export function nextVersion({ current, bump, pre, initialVersion }: NextVersionInput): string {
  if (current === undefined) return pre ? `${initialVersion}-${pre}.0` : initialVersion;
  // semver.inc finishes a pre-release: 1.3.0-rc.1 + minor is 1.3.0, + major is 2.0.0.
  const target = semver.inc(current, bump);
  if (target === null) throw new Error(`cannot bump "${current}"`);
  if (!pre) return target;
  const parsed = semver.parse(current)!;
  const base = `${parsed.major}.${parsed.minor}.${parsed.patch}`;
  if (parsed.prerelease.length > 0 && base === target) return semver.inc(current, 'prerelease', pre)!;
  return `${target}-${pre}.0`;
}

/** Whether a pre-release identifier is usable in a version (`rc`, `beta`, `next.1` is not). */
export function preIdProblem(pre: string): string | undefined {
  if (!/^[0-9A-Za-z-]+$/.test(pre)) return 'use letters, digits and "-" only, like rc or beta';
  if (/^\d+$/.test(pre)) return 'a pre-release identifier needs a letter, like rc';
  return undefined;
}
