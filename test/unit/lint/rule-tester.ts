import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../../src/core/parse.js';
import { lintPrompt, prepareRules } from '../../../src/lint/engine.js';
import type { RuleSettings } from '../../../src/lint/config.js';
import { RULES_BY_ID } from '../../../src/lint/rules/index.js';

export interface Expected {
  message: string;
  line: number;
  column: number;
  /** Checked only when given. */
  severity?: 'error' | 'warn';
}

export interface Case {
  name?: string;
  code: string;
  options?: unknown;
  partials?: Record<string, string>;
  allIds?: string[];
  id?: string;
  /** Released versions by id, and `id@version` changelog entries, for version rules. */
  releases?: { versions: Record<string, string[]>; pending?: string[]; formerIds?: Record<string, string[]> };
}

export interface InvalidCase extends Case {
  errors: Expected[];
  /** The text after --fix, for fixable rules. */
  output?: string;
}

/** Runs one rule, alone, over a prompt text. */
export async function runRule(ruleId: string, c: Case) {
  const rule = RULES_BY_ID.get(ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const options = rule.meta.options ? rule.meta.options.parse(c.options ?? {}) : {};
  const settings: RuleSettings = new Map([[ruleId, { severity: 'error', options }]]);
  await prepareRules(settings);
  const id = c.id ?? 'sample';
  const prompt = parsePrompt(c.code, id, `.prompts/${id}.yaml`);
  const releases = c.releases
    ? { versions: new Map(Object.entries(c.releases.versions)), pending: new Set(c.releases.pending ?? []), ...(c.releases.formerIds ? { formerIds: new Map(Object.entries(c.releases.formerIds)) } : {}) }
    : undefined;
  return lintPrompt(prompt, { settings, partials: new Map(Object.entries(c.partials ?? {})), allIds: c.allIds ?? [id], ...(releases ? { releases } : {}) });
}

/**
 * eslint's RuleTester, table-driven: valid cases report nothing; invalid ones report exactly
 * the listed messages with this rule id, at these lines and columns.
 */
export function testRule(ruleId: string, cases: { valid: (Case | string)[]; invalid: InvalidCase[] }): void {
  describe(ruleId, () => {
    cases.valid.forEach((valid, i) => {
      const c = typeof valid === 'string' ? { code: valid } : valid;
      it(`valid ${c.name ?? i}`, async () => {
        const result = await runRule(ruleId, c);
        expect(result.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
      });
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid ${c.name ?? i}`, async () => {
        const result = await runRule(ruleId, c);
        expect(result.messages.map((m, j) => ({ ruleId: m.ruleId, message: m.message, line: m.line, column: m.column, ...(c.errors[j]?.severity ? { severity: m.severity } : {}) }))).toEqual(
          c.errors.map((e) => ({ ruleId, ...e })),
        );
        if (c.output !== undefined) {
          const { applyFixes } = await import('../../../src/lint/fix.js');
          expect(applyFixes(c.code, result.messages).text).toBe(c.output);
        }
      });
    });
  });
}

/** A prompt with one user message, for cases about templates. */
export function prompt(content: string, extra = ''): string {
  return `${extra}messages:\n  - role: user\n    content: ${JSON.stringify(content)}\n`;
}
