import { describe, expect, it } from 'vitest';
import { conflictMarkers } from '../../../src/core/conflict-markers.js';
import { parsePrompt } from '../../../src/core/parse.js';

const conflicted = [
  'messages:',
  '  - role: user',
  '<<<<<<< HEAD',
  '    content: Answer briefly.',
  '||||||| base',
  '    content: Answer.',
  '=======',
  '    content: Answer in detail.',
  '>>>>>>> feature',
  '',
].join('\n');

const where = (text: string) => conflictMarkers(text).map((m) => `${m.line} ${m.marker} ${JSON.stringify(text.slice(m.start, m.end))}`);

describe('conflictMarkers', () => {
  it('finds every marker of a conflict, diff3 base included', () => {
    expect(where(conflicted)).toEqual(['3 <<<<<<< "<<<<<<< HEAD"', '5 ||||||| "||||||| base"', '7 ======= "======="', '9 >>>>>>> ">>>>>>> feature"']);
  });

  it('keeps the end of a CRLF marker line before its carriage return', () => {
    expect(where(conflicted.replaceAll('\n', '\r\n'))).toEqual(['3 <<<<<<< "<<<<<<< HEAD"', '5 ||||||| "||||||| base"', '7 ======= "======="', '9 >>>>>>> ">>>>>>> feature"']);
  });

  it('ignores marker-like lines outside a conflict, indented or longer ones', () => {
    const text = 'description: |\n  <<<<<<< HEAD\n=======\n>>>>>>> x\n<<<<<<<< eight\n========\nmessages: []\n';
    expect(where(text)).toEqual([]);
    expect(where('a: "<<<<<<< not at a line start"\n')).toEqual([]);
  });

  it('reports an open conflict that never closes', () => {
    expect(where('a: 1\n<<<<<<< HEAD\nb: 2\n=======\n')).toEqual(['2 <<<<<<< "<<<<<<< HEAD"', '4 ======= "======="']);
  });
});

describe('parsePrompt with conflict markers', () => {
  it('reports each marker at its line, not a YAML error', () => {
    const prompt = parsePrompt(conflicted, 'p', '.prompts/p.yaml');
    expect(prompt.data).toBeUndefined();
    expect(prompt.diagnostics.map((d) => `${d.line}:${d.column}-${d.endColumn} ${d.code} ${d.message}`)).toEqual(
      [
        [3, 13, '<<<<<<<'],
        [5, 13, '|||||||'],
        [7, 8, '======='],
        [9, 16, '>>>>>>>'],
      ].map(
        ([line, end, marker]) =>
          `${line}:1-${end} valid-yaml Merge conflict marker "${marker}": resolve the conflict (keep one side or combine them, and delete the marker lines), then "git add" the file.`,
      ),
    );
  });
});
