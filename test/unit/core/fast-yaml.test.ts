import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { promptText, random } from '../../../bench/corpus.mjs';
import { fastMapping } from '../../../src/core/fast-yaml.js';
import { parsePrompt, parseYaml } from '../../../src/core/parse.js';

/** What yaml, the reference parser, makes of a text: its value, or undefined when it reports an error. */
function reference(text: string): unknown {
  const source = parseYaml(text, 'p.yaml');
  return source.diagnostics.length > 0 ? undefined : source.raw;
}

describe('fastMapping', () => {
  it('reads a clean prompt file, with the value yaml gives', () => {
    const text = promptText(3);
    const fast = fastMapping(text);
    expect(fast).toBeDefined();
    expect(fast).toEqual(reference(text));
  });

  it.each([
    ['a directive (YAML 1.1 booleans)', '%YAML 1.1\n---\na: yes\n'],
    ['an anchor and alias', 'a: &x 1\nb: *x\n'],
    ['a tag', 'a: !!str 12\n'],
    ['a non-specific tag', 'a: ! 2\n'],
    ['an empty key', 'a: 1\n: 2\n'],
    ['a null key', '~: 1\n'],
    ['an explicit empty key', 'a: 1\n?\n'],
    ['a document end marker', 'a: 1\n...\nb: 2\n'],
    ['an indented document marker', ' ---\na: 1\n'],
    ['a tab indent', 'a: |\n  x\n\t\n'],
    ['a lone carriage return', 'a: 1\rb: 2\n'],
    ['a byte-order mark past the start', 'a\ufeff: 1\n'],
    ['text after a quoted value', 'k:\n-  "q" l: 1\n'],
    ['text after a flow value', 'b:\n-  [1, 2]c: 1\n'],
    ['a float out of range', 'a: 1e768\n'],
    ['an escaped line break', 'a: "x\\\n\n  y"\n'],
    ['a first-column comment inside a block', 'y:\n#c\n  k\n\nz: 1\n'],
    ['an explicit block indentation', 'z: |2\n    x\n   \n'],
    ['an alias after a quoted key (JSON style)', '{"a":&x [1], "b":*x}\n'],
    ['a tag after a quoted key (JSON style)', '{"a":!!float 1}\n'],
    ['a line over 1,000 characters (yaml limits implicit keys)', `x-${'k'.repeat(1100)}: 1\n`],
    ['an integer beyond a double', `a: 1${'0'.repeat(309)}\n`],
    ['a \\U escape', 'a: "\\U00110000"\n'],
    ['a list', '- a\n- b\n'],
    ['a scalar', 'just text\n'],
    ['invalid YAML', 'a: [1, 2\n'],
    ['duplicate keys', 'a: 1\na: 2\n'],
  ])('leaves %s to yaml', (_name, text) => {
    expect(fastMapping(text)).toBeUndefined();
  });

  it('takes the fast path for markdown in block scalars (quotes, bold, Q&A)', () => {
    const text = 'messages:\n  - role: user\n    content: |\n      He said "yes" and left. **Bold** text, Q&A, it\'s [a link](x).\n';
    expect(fastMapping(text)).toEqual(reference(text));
  });

  // The differential test: random edits of prompt files (most of them break the YAML), each
  // read by both parsers. Wherever the fast path answers, yaml must give the same value and
  // no error. 1.2 million cases ran clean when the guards were written; this keeps 4,000.
  it('agrees with yaml on every text it reads (seeded random edits)', () => {
    const pieces = [':', '-', ' ', '\n', "'", '"', '#', '|', '>', '[', ']', '{', '}', ',', '?', '&', '*', '!', '%', '@', '\t', '0', '1', '.', 'e', 'x', '_', '~', 'n', '\\', '\r', '\ufeff', '- ', ': ', '\n  ', '---', '...', '!!', 'null', '.inf', '0x', '1e'];
    const seeds = [
      promptText(1),
      'a: 1\nb: [1, 2]\nc: {d: e}\n',
      'x: |\n  hi\n  there\ny: >\n  folded\n  text\n',
      'a:\n  - {x: 1, y: [2, 3]}\n  - "multi\n    line"\nb: plain\n  continued # c\n',
      '# c\n---\nk: v # c\nlist:\n- a\n- b: 1\n  c: 2\nn: -1.5e3\nh: 0x1F\no: 0o17\nz: ~\n',
    ];
    const rand = random(42);
    let fast = 0;
    const disagreements: string[] = [];
    for (let n = 0; n < 4000; n++) {
      let text = seeds[Math.floor(rand() * seeds.length)]!;
      for (let e = 1 + Math.floor(rand() * 4); e > 0; e--) {
        const at = Math.floor(rand() * (text.length + 1));
        const piece = pieces[Math.floor(rand() * pieces.length)]!;
        const op = rand();
        if (op < 0.5) text = text.slice(0, at) + piece + text.slice(at);
        else if (op < 0.8) text = text.slice(0, at) + text.slice(at + 1 + Math.floor(rand() * 3));
        else text = text.slice(0, at) + piece + text.slice(at + piece.length);
      }
      const value = fastMapping(text);
      if (value === undefined) continue;
      fast++;
      if (!isDeepStrictEqual(value, reference(text))) disagreements.push(JSON.stringify(text));
    }
    expect(disagreements).toEqual([]);
    // The guards must not send everything to yaml: then the test would check nothing.
    expect(fast).toBeGreaterThan(500);
  });
});

describe('parsePrompt on the fast path', () => {
  it('gives the same data, diagnostics and positions as the full parser', () => {
    // The anchor sends the second copy through yaml; both have a schema error to place.
    const text = 'name: x\nmodelParameters:\n  temperature: hot\nmessages:\n  - role: usr\n    content: hi\n';
    const slow = `${text}x-anchor: &a 1\n`;
    const a = parsePrompt(text, 'p', 'p.yaml');
    const b = parsePrompt(slow, 'p', 'p.yaml');
    expect(fastMapping(text)).toBeDefined();
    expect(fastMapping(slow)).toBeUndefined();
    expect(a.diagnostics.length).toBeGreaterThan(0);
    expect(a.diagnostics).toEqual(b.diagnostics);
    expect(a.doc.get('name')).toBe('x');
    expect(a.lineCounter.linePos(text.indexOf('temperature'))).toEqual({ line: 3, col: 3 });
  });

  it('parses the document only when something asks for it', () => {
    const prompt = parsePrompt(promptText(5), 'p', 'p.yaml');
    expect(prompt.data).toBeDefined();
    expect(Object.getOwnPropertyDescriptor(prompt, 'doc')?.get).toBeTypeOf('function');
    expect(prompt.doc.errors).toEqual([]);
    expect(prompt.doc.toJS()).toEqual(prompt.raw);
  });
});
