/** User-facing strings of `promptgit review` and the GitHub Action (docs/review.md). */
export const reviewMessages = {
  marker: '<!-- promptgit-review -->',
  noBase: 'No base to review against: no <base> was given, GITHUB_BASE_REF is not set and origin/HEAD names no branch.',
  noBaseHint: 'Name it, as in "promptgit review main", or run "git remote set-head origin --auto".',
  unknownBase: (base: string) => `The base "${base}" names no commit here.`,
  unknownBaseHint: 'Check the name ("git branch -a" lists branches); fetch it first if it is a remote branch.',
  shallowHint: 'This clone may not have the base branch or its history: fetch it (actions/checkout with "fetch-depth: 0").',
  noMergeBase: (base: string) => `HEAD and "${base}" share no history, so there is no merge-base to review from.`,
  noMergeBaseHint: 'Review against a branch HEAD was started from.',
  badFailOn: (v: string) => `--fail-on takes breaking, feature or fix, not "${v}".`,
} as const;
