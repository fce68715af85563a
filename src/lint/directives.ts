/**
 * In-file directives, full-line YAML comments (so a "#" inside a string is never one):
 *   # promptgit-disable <rule-id>[, <rule-id>...]            the whole file
 *   # promptgit-disable-next-line <rule-id>[, <rule-id>...]  the line below
 * Without a rule id they apply to every rule.
 */
export interface Directive {
  kind: 'promptgit-disable' | 'promptgit-disable-next-line';
  /** 1-based line of the comment. */
  line: number;
  column: number;
  /** Rule ids; empty means every rule. */
  rules: string[];
  /** Rule ids (or '*') that suppressed at least one finding. */
  used: Set<string>;
}

const DIRECTIVE = /^(\s*)#\s*(promptgit-disable(?:-next-line)?)(?:\s+([^#]*?))?\s*(?:#.*)?$/;

export function parseDirectives(text: string): Directive[] {
  if (!text.includes('promptgit-disable')) return [];
  const directives: Directive[] = [];
  text.split('\n').forEach((line, i) => {
    const match = DIRECTIVE.exec(line.replace(/\r$/, ''));
    if (!match) return;
    const rules = (match[3] ?? '').split(/[\s,]+/).filter((r) => r !== '');
    directives.push({ kind: match[2] as Directive['kind'], line: i + 1, column: match[1]!.length + 1, rules, used: new Set() });
  });
  return directives;
}

/** Whether a directive suppresses `ruleId` at `line`; marks the directive as used if so. */
export function suppresses(directives: readonly Directive[], ruleId: string, line: number): boolean {
  let suppressed = false;
  for (const d of directives) {
    if (d.kind === 'promptgit-disable-next-line' && d.line + 1 !== line) continue;
    if (d.rules.length === 0) d.used.add('*');
    else if (d.rules.includes(ruleId)) d.used.add(ruleId);
    else continue;
    suppressed = true;
  }
  return suppressed;
}
