import * as z from 'zod';
import type { Rule } from '../types.js';
import { validFields } from '../../core/valid-fields.js';

const options = z.strictObject({
  /** Allows a trailing assistant message, which some providers take as the start of the reply. */
  allowPrefill: z.boolean().default(false),
});

const INSTRUCTION_ROLES = new Set(['system', 'developer']);

export const rule: Rule<z.infer<typeof options>> = {
  meta: {
    id: 'message-roles',
    description: 'At most one system (or developer) message, and only first; no empty content; no trailing assistant message unless prefill is allowed.',
    defaultSeverity: 'warn',
    fixable: false,
    options,
    messages: {
      notFirst: 'The {{role}} message should be the first message; models read instructions at the start.',
      extra: 'Only one {{role}} message is expected; merge it into the first one.',
      empty: 'Message {{index}} has empty content; write it or remove the message.',
      trailingAssistant: 'The last message is from the assistant, so the model has nothing to answer; end with a user message, or set allowPrefill to prefill the reply.',
    },
  },
  check(prompt, context) {
    const messages = validFields(prompt).fields.messages;
    if (!messages) return;
    let instructions = 0;
    messages.forEach((message, i) => {
      if (INSTRUCTION_ROLES.has(message.role)) {
        instructions++;
        if (instructions > 1) context.report({ messageId: 'extra', data: { role: message.role }, at: ['messages', i, 'role'] });
        else if (i > 0) context.report({ messageId: 'notFirst', data: { role: message.role }, at: ['messages', i, 'role'] });
      }
      if (message.content.trim() === '') context.report({ messageId: 'empty', data: { index: i }, at: ['messages', i, 'content'] });
    });
    const last = messages.length - 1;
    if (messages.length > 1 && messages[last]!.role === 'assistant' && !context.options.allowPrefill) {
      context.report({ messageId: 'trailingAssistant', at: ['messages', last, 'role'] });
    }
  },
};
