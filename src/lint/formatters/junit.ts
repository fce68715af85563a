import { escapeControl } from '../../output/sanitize.js';
import type { Formatter } from './types.js';

/**
 * XML 1.0 has no way to write most C0 controls, not even as `&#27;`: a report holding one
 * would not parse, so those are written as the escapes the terminal formats show.
 */
// eslint-disable-next-line no-control-regex
const xmlChars = (s: string) => s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, escapeControl);
const xml = (s: string) => xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
const cdata = (s: string) => xmlChars(s).replace(/]]>/g, ']]]]><![CDATA[>');

/** JUnit XML as eslint writes it: a test suite per file, a failing test case per finding. */
export const junit: Formatter = (results) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const r of results) {
    const name = xml(r.file);
    out.push(`<testsuite package="org.promptgit" time="0" tests="${Math.max(1, r.messages.length)}" errors="${r.messages.length}" name="${name}">`);
    if (r.messages.length === 0) out.push(`<testcase time="0" name="${name}" classname="${name}" />`);
    for (const m of r.messages) {
      const type = m.severity === 'error' ? 'Error' : 'Warning';
      out.push(`<testcase time="0" name="org.promptgit.${xml(m.ruleId)}" classname="${name}">`);
      out.push(`<failure message="${xml(m.message)}"><![CDATA[line ${m.line}, col ${m.column}, ${type} - ${cdata(m.message)} (${m.ruleId})]]></failure>`);
      out.push('</testcase>');
    }
    out.push('</testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
