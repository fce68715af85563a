import { escapeControl } from '../../output/sanitize.js';
import { rowPassed } from '../report.js';
import { preview, rowName, type EvalFormatter } from './types.js';

// eslint-disable-next-line no-control-regex
const xmlChars = (s: string) => s.replace(/[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]/g, escapeControl);
const xml = (s: string) => xmlChars(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;').replace(/\n/g, '&#10;');
const cdata = (s: string) => xmlChars(s).replace(/]]>/g, ']]]]><![CDATA[>');

/** JUnit XML: a test suite per prompt, a test case per row; a failing row lists its failed checks. */
export const junit: EvalFormatter = ({ prompts }) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', '<testsuites>'];
  for (const { label, report } of prompts) {
    const s = report.summary;
    out.push(`<testsuite name="${xml(label)}" tests="${s.totalTests}" failures="${s.failedTests}" errors="0" time="0">`);
    report.testResults.forEach((result, i) => {
      const name = xml(rowName(result, i));
      if (rowPassed(result)) return out.push(`<testcase classname="${xml(label)}" name="${name}" time="0" />`);
      const failed = result.evaluationResults.filter((e) => !e.passed);
      const message = result.error ?? failed.map((e) => `${e.evaluatorName}: ${e.details}`).join('; ');
      out.push(`<testcase classname="${xml(label)}" name="${name}" time="0">`);
      out.push(`<failure message="${xml(message)}"><![CDATA[${cdata(`${message}\nModel Response: ${preview(result.modelResponse)}`)}]]></failure>`);
      out.push('</testcase>');
    });
    out.push('</testsuite>');
  }
  out.push('</testsuites>');
  return `${out.join('\n')}\n`;
};
