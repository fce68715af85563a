import { refNameMessages as m } from '../messages/ref-names.js';

/** Characters git refuses anywhere in a ref name, besides controls: `git check-ref-format` rules 4, 5 and 10. */
const FORBIDDEN = new Set([' ', '~', '^', ':', '?', '*', '[', '\\']);

/**
 * Why git would refuse `name` as a full ref name (`refs/tags/...`), or undefined: the rules
 * of `git check-ref-format`, without a git process per name. A table in
 * test/unit/core/ref-names.test.ts holds it to the real command.
 */
export function refNameProblem(name: string): string | undefined {
  for (const char of name) {
    const code = char.charCodeAt(0);
    if (code < 0x20 || code === 0x7f) return m.control;
    if (FORBIDDEN.has(char)) return m.forbidden(char);
  }
  if (name.includes('..')) return m.doubleDot;
  if (name.includes('@{')) return m.atBrace;
  const parts = name.split('/');
  if (parts.includes('')) return m.slashes;
  if (parts.some((part) => part.startsWith('.'))) return m.dotStart;
  if (parts.some((part) => part.endsWith('.lock'))) return m.lockEnd;
  if (name.endsWith('.')) return m.dotEnd;
  return undefined;
}

/** A version stands in for the real one: every semver version is valid in a tag name. */
const SAMPLE_VERSION = '1.0.0';

/** Why a prompt id cannot be part of a release tag name (`<prefix><id>@<version>`), or undefined. */
export function idRefProblem(id: string): string | undefined {
  return refNameProblem(`refs/tags/${id}@${SAMPLE_VERSION}`);
}

/**
 * Why a tag prefix cannot start release tag names, or undefined. A name starting with "-"
 * is valid to git, but any git command given it would read an option (`--exec...`).
 */
export function tagPrefixProblem(prefix: string): string | undefined {
  if (prefix.startsWith('-')) return m.optionStart;
  return refNameProblem(`refs/tags/${prefix}id@${SAMPLE_VERSION}`);
}
