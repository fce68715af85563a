import type { Reporter } from './reporter.js';

/** Replaces secrets in a text with `***`. */
export type Redact = (text: string) => string;

export const REDACTED = '***';

/**
 * A redactor for the secrets a run holds (API keys, header values read from the environment):
 * each as it is and as it reads inside a JSON string, longest first, so no part of one survives.
 */
export function redactor(secrets: readonly string[]): Redact {
  const forms = [...new Set(secrets.filter((s) => s.length > 0).flatMap((s) => [s, JSON.stringify(s).slice(1, -1)]))].sort((a, b) => b.length - a.length);
  if (forms.length === 0) return (text) => text;
  return (text) => forms.reduce((out, secret) => out.split(secret).join(REDACTED), text);
}

/** A reporter that redacts everything it prints. */
export function redactingReporter(reporter: Reporter, redact: Redact): Reporter {
  return { ...reporter, out: (text) => reporter.out(redact(text)), err: (text) => reporter.err(redact(text)) };
}

/** Redacts an error in place before it is reported: its message, hint and stack, and its causes'. */
export function redactError(error: unknown, redact: Redact): unknown {
  for (let e: unknown = error, depth = 0; e instanceof Error && depth < 10; e = e.cause, depth++) {
    for (const key of ['message', 'stack', 'hint'] as const) {
      const value = (e as unknown as Record<string, unknown>)[key];
      if (typeof value === 'string') Object.defineProperty(e, key, { value: redact(value), writable: true, configurable: true });
    }
  }
  return error;
}
