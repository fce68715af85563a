/**
 * A YAML value as Go's fmt %v printed it: how gh models eval put a non-string testData value
 * (a number, a boolean, a list, a mapping, null) into an evaluator's text.
 */
export function goValue(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === null || value === undefined) return '<nil>';
  if (typeof value === 'number') return goNumber(value);
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (Array.isArray(value)) return `[${value.map(goValue).join(' ')}]`;
  if (typeof value === 'object') {
    // fmt sorts a map's keys (Go compares strings byte by byte: UTF-8 order).
    const keys = Object.keys(value).sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    return `map[${keys.map((key) => `${key}:${goValue((value as Record<string, unknown>)[key])}`).join(' ')}]`;
  }
  return String(value);
}

/**
 * YAML gave Go an int for `3` and a float64 for `3.5`; JavaScript has one number type, so a
 * whole number within int range prints as an int. A float prints as Go's shortest %g: in
 * exponent form when the exponent is below -4 or 6 and up (1234567.5 is "1.2345675e+06").
 */
function goNumber(n: number): string {
  if (Number.isNaN(n)) return 'NaN';
  if (n === Infinity) return '+Inf';
  if (n === -Infinity) return '-Inf';
  if (Number.isSafeInteger(n)) return String(n);
  const [mantissa, exp] = n.toExponential().split('e') as [string, string];
  const exponent = Number(exp);
  if (exponent < -4 || exponent >= 6) {
    const digits = String(Math.abs(exponent)).padStart(2, '0');
    return `${mantissa}e${exponent < 0 ? '-' : '+'}${digits}`;
  }
  return String(n);
}
