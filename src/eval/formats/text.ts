import { safeLine } from '../../output/sanitize.js';
import { rowPassed } from '../report.js';
import { compareText } from './compare.js';
import { percent, preview, rowName, sources, type EvalFormatter } from './types.js';

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => `      ${r.map((cell, i) => (i === r.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ')}`.trimEnd());
}

/** gh models eval's text, one block per prompt: a line per row, the evaluator table of failing rows, the summary. */
export const text: EvalFormatter = ({ prompts, totals, quiet }) => {
  const out: string[] = [];
  for (const { label, report, comparison } of prompts) {
    out.push(safeLine(report.name === label || report.name === '' ? label : `${label}: ${report.name}`));
    if (!quiet) {
      if (report.description) out.push(safeLine(`  Description: ${report.description}`));
      out.push(safeLine(`  Model: ${report.model}`), `  Test cases: ${report.testResults.length}`);
    }
    out.push('');
    report.testResults.forEach((result, i) => {
      const passed = rowPassed(result);
      if (passed && quiet) return;
      out.push(safeLine(`  ${passed ? '✓' : '✗'} ${rowName(result, i)}`));
      if (passed) return;
      if (result.error) out.push(safeLine(`      Error: ${result.error}`));
      else out.push(safeLine(`      Model Response: ${preview(result.modelResponse)}`));
      if (result.evaluationResults.length > 0) {
        out.push(...table([['EVALUATION', 'RESULT', 'SCORE', 'CRITERIA'], ...result.evaluationResults.map((e) => [safeLine(e.evaluatorName), e.passed ? '✓' : '✗', e.score.toFixed(2), safeLine(e.details)])]));
      }
    });
    const s = report.summary;
    out.push('', `  Passed: ${s.passedTests}/${s.totalTests} (${percent(s.passRate)})${s.passedTests === s.totalTests ? ' All tests passed.' : ''}`);
    if (comparison) out.push(...compareText(label, comparison).map(safeLine));
    out.push('');
  }
  if (prompts.length > 1) {
    const passed = prompts.reduce((n, p) => n + p.report.summary.passedTests, 0);
    const total = prompts.reduce((n, p) => n + p.report.summary.totalTests, 0);
    out.push(`Total: ${passed}/${total} rows passed in ${prompts.length} prompts (${percent(total === 0 ? 100 : (passed / total) * 100)}).`);
  }
  const from = sources(totals);
  if (from) out.push(from);
  if (totals.interrupted) out.push('Interrupted: rows that had not finished are not in this report.');
  return `${out.join('\n').replace(/\n+$/, '')}\n`;
};
