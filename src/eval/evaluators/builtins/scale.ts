import type { Choice } from '../llm.js';

/** The built-ins' 1-5 rating, mapped to a score as gh models eval did. */
export const FIVE_POINT_SCALE: readonly Choice[] = [
  { choice: '1', score: 0 },
  { choice: '2', score: 0.25 },
  { choice: '3', score: 0.5 },
  { choice: '4', score: 0.75 },
  { choice: '5', score: 1 },
];

/**
 * The judge's system prompt. The score is found by searching the reply for "1" to "5" in
 * that order, so a reply that reasons aloud ("step 1: ...") would score as a 1: the judge
 * must answer with the digit alone.
 */
export function judgeSystemPrompt(quality: string): string {
  return [
    `You grade the ${quality} of an answer written by an AI assistant.`,
    'Read the material, compare it with the rating scale, and pick the one rating that fits best.',
    'Reply with a single digit from 1 to 5 and nothing else: no words, no punctuation, no explanation.',
  ].join('\n');
}
