import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/lint/rules/index.js';

const doc = readFileSync(new URL('../../../docs/rules.md', import.meta.url), 'utf8');

describe('docs/rules.md', () => {
  it('has a section and a table row for every rule, with its default severity', () => {
    const sections = [...doc.matchAll(/^## (\S+)$/gm)].map((m) => m[1]);
    expect(sections).toEqual(RULES.map((r) => r.meta.id));
    for (const rule of RULES) expect(doc).toContain(`| [${rule.meta.id}](#${rule.meta.id}) | ${rule.meta.defaultSeverity} |${rule.meta.fixable ? " yes " : " "}|`);
  });
});
