import * as z from 'zod';
import { createRequire } from 'node:module';
import Mustache from 'mustache';
import { templateError } from '../../core/template.js';
import { countTokensBounded } from '../count-tokens.js';
import { templateFields } from '../templates.js';
import type { Rule } from '../types.js';

const ENCODINGS = ['o200k_base', 'cl100k_base', 'p50k_base', 'r50k_base'] as const;

const options = z.strictObject({
  max: z.number().int().positive().default(8000),
  encoding: z.enum(ENCODINGS).default('o200k_base'),
});

interface Tokenizer {
  countTokens(text: string): number;
}

type Token = [string, string, number, number, Token[]?];

/** The text a template always contributes: its text tokens, with partials expanded once each. */
function staticText(template: string, partials: ReadonlyMap<string, string>, seen: Set<string>): string {
  // A template that does not parse (or nests too deep to walk) counts as the text it is.
  if (templateError(template)) return template;
  const tokens = Mustache.parse(template) as unknown as Token[];
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

/**
 * Loaded on first need, through the package's CommonJS build so that a pure, synchronous
 * `check` can load it: the encodings are megabytes of tables, and most runs never need one
 * (a prompt shorter than the budget in characters cannot exceed it in tokens).
 */
const tokenizers = new Map<string, Tokenizer>();
const requireHere = createRequire(import.meta.url);

function tokenizer(encoding: string): Tokenizer {
  let loaded = tokenizers.get(encoding);
  if (!loaded) tokenizers.set(encoding, (loaded = requireHere(`gpt-tokenizer/encoding/${encoding}`) as Tokenizer));
  return loaded;
}

export const rule: Rule<z.infer<typeof options>> = {
  meta: {
    id: 'max-tokens',
    description: "The prompt's static text (messages and the partials they include, without variable values) stays within a token budget.",
    defaultSeverity: 'warn',
    fixable: false,
    options,
    messages: { tooLong: 'The prompt is {{count}} tokens ({{encoding}}) before variables are filled in; the budget is {{max}}. Shorten it or raise max-tokens.max.' },
  },
  check(prompt, context) {
    const { max, encoding } = context.options;
    const fields = templateFields(prompt);
    if (fields.length === 0) return;
    const text = fields.map((f) => staticText(f.text, context.partials, new Set())).join('\n');
    // A token is at least one character: most prompts are ruled out without the tokenizer.
    if (text.length <= max) return;
    const counter = tokenizer(encoding);
    const count = countTokensBounded(text, (piece) => counter.countTokens(piece));
    if (count <= max) return;
    context.report({ messageId: 'tooLong', data: { count, encoding, max }, at: ['messages'], key: true });
  },
};
