/**
 * Credential patterns, after the providers' documented key formats (as gitleaks and
 * GitHub secret scanning list them). Each is specific enough that a prompt's prose does not match.
 */
export const SECRET_PATTERNS: readonly { kind: string; pattern: RegExp }[] = [
  { kind: 'Anthropic API key', pattern: /\bsk-ant-(?:api|admin)\d{2}-[A-Za-z0-9_-]{20,}/g },
  { kind: 'OpenAI API key', pattern: /\bsk-(?!ant-)(?:proj-|svcacct-|admin-)?[A-Za-z0-9_-]{20,}/g },
  { kind: 'AWS access key id', pattern: /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g },
  { kind: 'AWS secret access key', pattern: /\baws_secret_access_key\s*[:=]\s*["']?[A-Za-z0-9/+=]{40}\b/gi },
  { kind: 'GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{22,})\b/g },
  { kind: 'Slack token', pattern: /\bxox[abeprs]-[A-Za-z0-9-]{10,}/g },
  { kind: 'Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Za-z0-9]+\/B[A-Za-z0-9]+\/[A-Za-z0-9]{12,}/g },
  { kind: 'Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/g },
  { kind: 'Stripe key', pattern: /\b(?:sk|rk)_(?:live|test)_[0-9A-Za-z]{16,}\b/g },
  { kind: 'private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY-----/g },
  { kind: 'password in a URL', pattern: /\b[a-z][a-z0-9+.-]{0,31}:\/\/[^\s:@/]+:[^\s@/]{3,}@/gi },
  { kind: 'token in a URL', pattern: /[?&](?:access_token|token|api_key|apikey|key|auth|bearer|client_secret)=[A-Za-z0-9._~+/-]{16,}/gi },
  { kind: 'bearer token', pattern: /\bBearer\s+[A-Za-z0-9._~+/-]{20,}=*/g },
];

/** Keeps the first four characters, so the author can find the secret but the log does not leak it. */
export function mask(secret: string): string {
  const shown = secret.slice(0, 4);
  return `${shown}${'*'.repeat(Math.min(12, Math.max(4, secret.length - 4)))}`;
}

export interface SecretHit {
  kind: string;
  text: string;
  index: number;
}

/** Whether a hit of `sorted` (ordered by index, none overlapping) covers `index`: a binary search. */
function covered(sorted: readonly SecretHit[], index: number): boolean {
  let low = 0;
  let high = sorted.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const hit = sorted[mid]!;
    if (index < hit.index) high = mid - 1;
    else if (index >= hit.index + hit.text.length) low = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Every secret-looking substring of a text; where patterns overlap, the earlier pattern's
 * hit is kept. Each pattern's hits come in order, so overlaps are binary searches (a file of
 * 40,000 keys would otherwise compare every pair).
 */
export function findSecrets(text: string): SecretHit[] {
  const byPattern: SecretHit[][] = [];
  for (const { kind, pattern } of SECRET_PATTERNS) {
    const hits: SecretHit[] = [];
    for (const match of text.matchAll(pattern)) {
      if (byPattern.some((earlier) => covered(earlier, match.index))) continue;
      hits.push({ kind, text: match[0], index: match.index });
    }
    byPattern.push(hits);
  }
  return byPattern.flat().sort((a, b) => a.index - b.index);
}

const ANY = new RegExp(SECRET_PATTERNS.map(({ pattern }) => `(?:${pattern.source})`).join('|'), 'i');

/** A cheap first pass: whether any pattern could match somewhere in a text. */
export function mayHoldSecret(text: string): boolean {
  return ANY.test(text);
}
