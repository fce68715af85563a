import { rowPassed } from '../report.js';
import { percent, preview, rowName, sources, type EvalFormatter } from './types.js';

/** A table cell: one line, pipes escaped. */
export const cell = (s: string) => s.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');

/** A Markdown report fit for a pull request comment: a summary table, then the failing rows. */
export const markdown: EvalFormatter = ({ prompts, totals }) => {
  const out = ['## promptgit eval', '', '| prompt | model | passed | pass rate |', '| --- | --- | --- | --- |'];
  for (const { label, report } of prompts) {
    const s = report.summary;
    out.push(`| ${cell(label)} | ${cell(report.model)} | ${s.passedTests}/${s.totalTests} | ${percent(s.passRate)} |`);
  }
  for (const { label, report } of prompts) {
    const failing = report.testResults.map((r, i) => ({ r, i })).filter(({ r }) => !rowPassed(r));
    if (failing.length === 0) continue;
    out.push('', `### ${cell(label)}: failing rows`, '', '| row | failed checks | reply |', '| --- | --- | --- |');
    for (const { r, i } of failing) {
      const checks = r.error ?? r.evaluationResults.filter((e) => !e.passed).map((e) => `${e.evaluatorName}: ${e.details}`).join('; ');
      out.push(`| ${cell(rowName(r, i))} | ${cell(checks)} | ${cell(preview(r.modelResponse))} |`);
    }
  }
  const from = sources(totals);
  if (from) out.push('', from);
  return `${out.join('\n')}\n`;
};
