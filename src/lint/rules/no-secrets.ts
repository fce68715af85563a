import { yamlLib } from '../../core/libs.js';
import { findSecrets, mask, mayHoldSecret } from '../secrets.js';
import type { Rule } from '../types.js';

export const rule: Rule = {
  meta: {
    id: 'no-secrets',
    description: 'No API keys or credentials in any string (OpenAI, Anthropic, AWS, GitHub, Slack, Google, Stripe, private keys, tokens in URLs).',
    defaultSeverity: 'error',
    fixable: false,
    messages: {
      secret: 'Possible {{kind}} ({{masked}}) in the prompt; remove it, rotate it, and pass it at runtime instead.',
    },
  },
  check(prompt, context) {
    // Walking every scalar costs more than one scan of the file: do that first.
    if (prompt.diagnostics.some((d) => d.code === 'valid-yaml') || !mayHoldSecret(prompt.text)) return;
    const { isScalar, visit } = yamlLib();
    visit(prompt.doc, {
      Scalar(_key, node) {
        if (!isScalar(node) || typeof node.value !== 'string' || !node.range) return;
        const source = prompt.text.slice(node.range[0], node.range[1]);
        // Hits come in order: each is searched after the one before (the same key twice is two places).
        let from = 0;
        for (const hit of findSecrets(node.value)) {
          // Secrets have no escapes, so the value's text is found as is in the source.
          const at = source.indexOf(hit.text, from);
          if (at !== -1) from = at + hit.text.length;
          const start = node.range[0] + (at === -1 ? 0 : at);
          const a = prompt.lineCounter.linePos(start);
          const b = prompt.lineCounter.linePos(start + (at === -1 ? 0 : hit.text.length));
          const span = { start: { line: a.line, column: a.col }, end: { line: b.line, column: b.col } };
          context.report({ messageId: 'secret', data: { kind: hit.kind, masked: mask(hit.text) }, span });
        }
      },
    });
  },
};
