import { describe, expect, it } from 'vitest';
import { truncateWords } from '../../../src/output/fit-width.js';

describe('truncateWords', () => {
  it.each([
    ['fits as it is', 'Triage support tickets', 22, 'Triage support tickets'],
    ['cut at the last whole word, with the ellipsis inside the width', 'Triage support tickets by urgency', 22, 'Triage support…'],
    ['a word ending just before the ellipsis stays', 'Triage support tickets', 15, 'Triage support…'],
    ['never mid-word', 'Triage supporting tickets', 16, 'Triage…'],
    ['a first word longer than the width leaves only the ellipsis', 'Supercalifragilistic tickets', 10, '…'],
    ['runs of blanks are not kept before the ellipsis', 'Triage   support tickets', 12, 'Triage…'],
    ['counts characters, not UTF-16 units', 'Résumé 😀😀 tickets here', 11, 'Résumé 😀😀…'],
  ])('%s', (_name, text, width, expected) => {
    const out = truncateWords(text, width);
    expect(out).toBe(expected);
    expect([...out].length).toBeLessThanOrEqual(width);
  });
});
