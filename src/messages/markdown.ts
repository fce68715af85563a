/** User-facing strings of the markdown diff and the review comment (docs/review.md). */
export const markdownMessages = {
  title: (n: number, from: string, to: string) => `promptgit: ${n === 0 ? 'no prompt changes' : `${n} prompt${n === 1 ? '' : 's'} changed`} (${from} → ${to})`,
  none: 'No prompt changes.',
  overall: (level: string, [b, f, x]: readonly number[]) => `Overall: **${level}**. ${b} breaking, ${f} feature, ${x} fix.`,
  field: 'Field',
  change: 'Change',
  before: 'Before',
  after: 'After',
  class: 'Class',
  wholePrompt: '(prompt)',
  contract: 'Contract change (variables)',
  longText: (n: number) => `(text, ${n} chars: see the text diff)`,
  textDiff: (path: string) => `Text diff of ${path}`,
  status: (s: string) => `Status: ${s}`,
  removed: 'Release: none (removed)',
  noRelease: 'Release: none',
  bump: (from: string, to: string, bump: string) => `Release: **${bump}** ${from} → ${to}`,
  firstRelease: (to: string) => `Release: first, ${to}`,
  textLeftOut: '_Text diff left out to stay under GitHub\'s comment limit; run `promptgit diff` locally._',
  truncated: (shortened: number, ids: readonly string[], total: number) =>
    [
      "⚠️ Cut to stay under GitHub's 65,536-character comment limit.",
      shortened > 0 ? ` ${shortened} prompt${shortened === 1 ? '' : 's'} shown without text diffs.` : '',
      total > 0 ? ` ${total} prompt${total === 1 ? '' : 's'} left out: ${ids.join(', ')}${total > ids.length ? ` and ${total - ids.length} more` : ''}.` : '',
      ' Run `promptgit diff` locally for the whole diff.',
    ].join(''),
} as const;
