import Mustache from 'mustache';
import { locateInScalar } from '../../core/positions.js';
import { TemplateSyntaxError, parseTemplate, partialError } from '../../core/template.js';
import { templateUses } from '../../core/template-uses.js';
import { templateFields } from '../templates.js';
import type { Rule } from '../types.js';

/** `{name}}`: one opening brace short of a variable, a typo mustache would print as text. */
const STRAY = /(?<!\{)\{\s*[A-Za-z_][\w.]*\s*\}\}/g;

/** Where to point for a mustache error: the tag that was left open, not the end of the text. */
function errorOffset(text: string, error: TemplateSyntaxError): number {
  if (/^Unclosed tag/.test(error.message)) return Math.max(0, text.lastIndexOf('{{', error.offset));
  const section = /^Unclosed section "(.*)"/.exec(error.message);
  if (section && error.offset >= text.length) {
    const open = Math.max(text.lastIndexOf(`{{#${section[1]}`), text.lastIndexOf(`{{^${section[1]}`));
    if (open !== -1) return open;
  }
  return Math.min(error.offset, Math.max(0, text.length - 1));
}

export const rule: Rule = {
  meta: {
    id: 'template-syntax',
    description: 'Message templates are valid Mustache: every tag and section is closed and matched, no stray braces.',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      syntax: 'Template error: {{message}}.',
      stray: '"{{text}}" has one opening brace too few; write "{{{{fixed}}}}" for a variable, or remove the braces.',
    },
  },
  check(prompt, context) {
    for (const field of templateFields(prompt)) {
      try {
        parseTemplate(field.text);
      } catch (error) {
        if (!(error instanceof TemplateSyntaxError)) throw error;
        const offset = errorOffset(field.text, error);
        const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, offset, Math.min(field.text.length, offset + 2));
        context.report({ messageId: 'syntax', data: { message: error.message }, span });
        continue;
      }
      // A partial that does not parse breaks render of every prompt including it: report it at the include, as render does.
      if (field.text.includes('{{>')) {
        const seen = new Set<string>();
        for (const use of templateUses([field.text], context.partials).partials) {
          const error = use.text === undefined || seen.has(use.name) ? undefined : partialError(use.name, use.text, use.start);
          seen.add(use.name);
          if (!error) continue;
          const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, use.start, use.end);
          context.report({ messageId: 'syntax', data: { message: error.message }, span });
        }
      }
      // Only text tokens can hold a stray brace; tags were parsed above.
      let offset = 0;
      for (const token of Mustache.parse(field.text) as unknown as [string, string, number][]) {
        if (token[0] !== 'text') continue;
        offset = token[2];
        for (const match of token[1].matchAll(STRAY)) {
          const start = offset + match.index;
          const span = locateInScalar(prompt.doc, prompt.lineCounter, prompt.text, field.path, start, start + match[0].length);
          const fixed = `{{${match[0].replace(/[{}\s]/g, '')}}}`;
          context.report({ messageId: 'stray', data: { text: match[0], fixed: fixed.slice(2, -2) }, span });
        }
      }
    }
  },
};
