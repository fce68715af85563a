import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../../src/lint/fix.js';
import type { Edit, LintMessage } from '../../../src/lint/types.js';

const finding = (...edits: Edit[]): LintMessage => findingOf(edits);
const findingOf = (edits: Edit[]): LintMessage => ({ ruleId: 'whitespace', severity: 'warn', message: 'm', line: 1, column: 1, fix: { edits } });
const edit = (start: number, end: number, text = ''): Edit => ({ start, end, text });

describe('applyFixes', () => {
  it('applies fixes that do not overlap, in any order, and leaves a clashing one for the next pass', () => {
    const text = '0123456789';
    const result = applyFixes(text, [finding(edit(6, 8, 'x')), finding(edit(1, 3, 'ab')), finding(edit(2, 4, 'no')), finding(edit(9, 9, '!'))]);
    expect(result).toEqual({ text: '0ab345x8!9', applied: 3 });
  });

  it('refuses a second insertion at the same place; a fix one of whose edits clashes waits whole; edits that only touch do not clash', () => {
    const result = applyFixes('abc', [finding(edit(1, 1, 'x')), finding(edit(1, 1, 'y')), finding(edit(0, 0, '<'), edit(1, 2, 'B'), edit(2, 2, 'z')), finding(edit(2, 3, 'C')), finding(edit(3, 3, '!'), edit(2, 2, 'w'))]);
    // The third fix's edits touch the first's insertion without overlapping it; an insertion comes before a replacement at one place.
    expect(result).toEqual({ text: '<axBzC', applied: 3 });
  });

  it('fixes 100,000 lines, and a single fix of 500,000 edits', () => {
    const lines = 'a \n'.repeat(100_000);
    const trailing = Array.from({ length: 100_000 }, (_, i) => finding(edit(i * 3 + 1, i * 3 + 2)));
    expect(applyFixes(lines, trailing)).toEqual({ text: 'a\n'.repeat(100_000), applied: 100_000 });
    const crlf = 'a\r\n'.repeat(500_000);
    const result = applyFixes(crlf, [findingOf(Array.from({ length: 500_000 }, (_, i) => edit(i * 3 + 1, i * 3 + 2)))]);
    expect(result).toEqual({ text: 'a\n'.repeat(500_000), applied: 1 });
  });
});
