import { prompt, testRule } from '../rule-tester.js';

// Inputs that used to take seconds to minutes (quadratic scans) or overflow the stack: each
// case must still give the exact findings; the bench measures how fast (bench/hostile.bench.mjs).

const nested = (depth: number) => `${'{{#a}}'.repeat(depth)}x${'{{/a}}'.repeat(depth)}`;

testRule('template-syntax', {
  valid: [{ name: '100 nested sections', code: prompt(nested(100)) }],
  invalid: [
    // The 101st opening tag: content starts at column 15, each tag is 6 characters.
    { name: '30,000 nested sections', code: prompt(nested(30_000)), errors: [{ message: 'Template error: Sections nest more than 100 deep.', line: 3, column: 15 + 6 * 100 }] },
    { name: '100,000 open tags', code: prompt('{{'.repeat(100_000)), errors: [{ message: 'Template error: Unclosed tag.', line: 3, column: 15 + 2 * 99_999 }] },
  ],
});

testRule('max-tokens', {
  valid: [],
  invalid: [
    {
      name: '100,000 open tags count as the text they are',
      code: prompt('{{'.repeat(100_000)),
      errors: [{ message: 'The prompt is 100000 tokens (o200k_base) before variables are filled in; the budget is 8000. Shorten it or raise max-tokens.max.', line: 1, column: 1 }],
    },
  ],
});

testRule('missing-partial', {
  valid: [],
  invalid: [
    {
      name: 'each of many identical tags at its own place',
      code: prompt('{{>p}} {{>p}}\\n{{>p}}'.replace('\\n', '\n')),
      errors: [
        { message: 'Partial "p" does not exist: create .prompts/_partials/p.md.', line: 3, column: 15 },
        { message: 'Partial "p" does not exist: create .prompts/_partials/p.md.', line: 3, column: 22 },
        { message: 'Partial "p" does not exist: create .prompts/_partials/p.md.', line: 3, column: 30 },
      ],
    },
  ],
});

/** p0 includes p1 and p2, p1 includes p2 and p3, ...: 2^40 paths, 40 partials. */
const lattice = Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`p${i}`, `{{>p${i + 1}}}{{>p${i + 2}}}`]).concat([['p40', 'end'], ['p41', 'end']]));

testRule('circular-partial', {
  valid: [{ name: 'a lattice of partials is walked once, not once per path', code: prompt('{{>p0}}'), partials: lattice }],
  invalid: [
    {
      name: 'a cycle at the bottom of the lattice',
      code: prompt('{{>p0}}'),
      partials: { ...lattice, p41: '{{>p40}}', p40: '{{>p41}}' },
      errors: [{ message: 'Partial "p40" includes itself: p40 -> p41 -> p40. Break the cycle by removing one of the includes.', line: 3, column: 15 }],
    },
  ],
});

testRule('no-secrets', {
  valid: [prompt('sk-'.repeat(60_000).slice(0, 20)), prompt(`a://b:${'c'.repeat(100)} ${'ab:'.repeat(50_000)}`)],
  invalid: [
    {
      name: 'the same key twice is two places',
      code: prompt('sk-proj-abcdefghijklmnopqrstuvwx and sk-proj-abcdefghijklmnopqrstuvwx'),
      errors: [
        { message: 'Possible OpenAI API key (sk-p************) in the prompt; remove it, rotate it, and pass it at runtime instead.', line: 3, column: 15 },
        { message: 'Possible OpenAI API key (sk-p************) in the prompt; remove it, rotate it, and pass it at runtime instead.', line: 3, column: 52 },
      ],
    },
  ],
});

testRule('whitespace', {
  valid: [],
  invalid: [
    {
      name: '200,000 trailing blanks',
      code: `messages:\n  - role: user\n    content: hi${' '.repeat(200_000)}\n`,
      errors: [{ message: 'Trailing whitespace (--fix removes it).', line: 3, column: 16 }],
      output: 'messages:\n  - role: user\n    content: hi\n',
    },
  ],
});
