import { z } from 'zod';
import Mustache from 'mustache';
import { templateFields } from '../templates.js';
import type { Rule } from '../types.js';

const ENCODINGS = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'] as const;

const options = z.strictObject({
  max: z.number().int().positive().default(8000),
  encoding: z.enum(ENCODINGS).default('o200k_base'),
});

interface Tokenizer {
  countTokens(text: string): number;
  isWithinTokenLimit(text: string, limit: number): number | false;
}

type Token = [string, string, number, number, Token[]?];

/** The text a template always contributes: its text tokens, with partials expanded once each. */
function staticText(template: string, partials: ReadonlyMap<string, string>, seen: Set<string>): string {
  let tokens: Token[];
  try {
    tokens = Mustache.parse(template) as unknown as Token[];
  } catch {
    return template;
  }
  const walk = (list: Token[]): string =>
    list
      .map(([type, value, , , children]) => {
        if (type === 'text') return value;
        if ((type === '#' || type === '^') && children) return walk(children);
        if (type === '>' && !seen.has(value) && partials.has(value)) {
          seen.add(value);
          return staticText(partials.get(value)!, partials, seen);
        }
        return '';
      })
      .join('');
  return walk(tokens);
}

/** Loaded by `prepare`, only when the rule is on: the encodings are megabytes of tables. */
const tokenizers = new Map<string, Tokenizer>();

export const rule: Rule<z.infer<typeof options>> = {
  meta: {
    id: 'max-tokens',
    description: "The prompt's static text (messages and the partials they include, without variable values) stays within a token budget.",
    defaultSeverity: 'warn',
    fixable: false,
    options,
    messages: { tooLong: 'The prompt is {{count}} tokens ({{encoding}}) before variables are filled in; the budget is {{max}}. Shorten it or raise max-tokens.max.' },
  },
  async prepare({ encoding }) {
    if (!tokenizers.has(encoding)) tokenizers.set(encoding, (await import(`gpt-tokenizer/encoding/${encoding}`)) as Tokenizer);
  },
  check(prompt, context) {
    const { max, encoding } = context.options;
    const fields = templateFields(prompt);
    if (fields.length === 0) return;
    const tokenizer = tokenizers.get(encoding);
    if (!tokenizer) throw new Error(`max-tokens: the ${encoding} tokenizer was not prepared`);
    const text = fields.map((f) => staticText(f.text, context.partials, new Set())).join('\n');
    // Most prompts are far below the budget: a cheap length bound skips the tokenizer (a token is at least one character).
    if (text.length <= max) return;
    if (tokenizer.isWithinTokenLimit(text, max) !== false) return;
    context.report({ messageId: 'tooLong', data: { count: tokenizer.countTokens(text), encoding, max }, at: ['messages'], key: true });
  },
};
