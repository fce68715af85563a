import { describe, expect, it } from 'vitest';
import { parsePrompt } from '../../src/core/parse.js';
import { locateInScalar } from '../../src/core/positions.js';
import { parseTemplate } from '../../src/core/template.js';

/** Where each variable tag of message `index` is in the file, as `name@line:column`. */
function tags(text: string, index: number): string[] {
  const prompt = parsePrompt(text, 'p', '.prompts/p.yaml');
  const content = prompt.data!.messages[index]!.content;
  return parseTemplate(content).variables.map((ref) => {
    const { start } = locateInScalar(prompt.doc, prompt.lineCounter, text, ['messages', index, 'content'], ref.start, ref.end);
    return `${ref.path}@${start.line}:${start.column}`;
  });
}

describe('locateInScalar', () => {
  it('finds tags in a plain scalar', () => {
    expect(tags('messages:\n  - role: user\n    content: plain {{a}} then {{b.c}}\n', 0)).toEqual(['a@3:20', 'b.c@3:31']);
  });

  it('finds tags in a double-quoted scalar with escapes before them', () => {
    expect(tags('messages:\n  - role: user\n    content: "say \\"{{x}}\\"\\n {{y}}"\n', 0)).toEqual(['x@3:21', 'y@3:31']);
  });

  it('finds tags in a single-quoted scalar', () => {
    expect(tags("messages:\n  - role: user\n    content: 'it''s {{x}}'\n", 0)).toEqual(['x@3:21']);
  });

  it('finds each occurrence of a repeated tag in a block scalar', () => {
    const text = 'messages:\n  - role: system\n    content: |\n      line one\n      {{a}} and {{a}}\n      {{#s}}{{b}}{{/s}}\n';
    expect(tags(text, 0)).toEqual(['a@5:7', 'a@5:17', 's@6:7', 'b@6:13']);
  });

  it('finds tags in a folded scalar of the second message', () => {
    const text = 'messages:\n  - role: system\n    content: x\n  - role: user\n    content: >\n      first\n      second {{t}}\n';
    expect(tags(text, 1)).toEqual(['t@7:14']);
  });

  it('falls back to the whole scalar past its end, and to the parent for a missing path', () => {
    const text = 'messages:\n  - role: user\n    content: hi\n';
    const prompt = parsePrompt(text, 'p', '.prompts/p.yaml');
    expect(locateInScalar(prompt.doc, prompt.lineCounter, text, ['messages', 0, 'role'], 50, 52).start).toEqual({ line: 2, column: 11 });
    expect(locateInScalar(prompt.doc, prompt.lineCounter, text, ['messages', 3, 'content'], 0, 2).start).toEqual({ line: 2, column: 3 });
  });
});
