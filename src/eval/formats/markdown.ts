import { mdLine } from '../../diff/markdown-escape.js';
import { rowPassed } from '../report.js';
import { comparedRowName, deltaLine, notableRows } from './compare.js';
import { percent, preview, rowName, sources, type EvalFormatter } from './types.js';

/** A table cell or heading: one line, every markdown and HTML character inert (a reply cannot break the comment). */
export const cell = mdLine;

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
  const compared = prompts.filter((p) => p.comparison);
  if (compared.length > 0) {
    out.push('', `### Compared with ${cell(compared[0]!.comparison!.ref)}`, '', '| prompt | pass rate before | pass rate after | mean score | regressed | fixed | unchanged | new |', '| --- | --- | --- | --- | --- | --- | --- | --- |');
    for (const { label, comparison: c } of compared) {
      const before = c!.before ? percent(c!.before.passRate) : '(new prompt)';
      const score = c!.before ? `${c!.before.meanScore.toFixed(2)} → ${c!.after.meanScore.toFixed(2)}` : c!.after.meanScore.toFixed(2);
      out.push(`| ${cell(label)} | ${before} | ${percent(c!.after.passRate)} | ${score} | ${c!.counts.regressed} | ${c!.counts.fixed} | ${c!.counts.unchanged} | ${c!.counts.new} |`);
    }
    for (const { label, comparison: c } of compared) {
      const rows = notableRows(c!);
      if (rows.length === 0) continue;
      out.push('', `#### ${cell(label)}: ${cell(deltaLine(c!))}`, '', '| row | change |', '| --- | --- |');
      for (const r of rows) out.push(`| ${cell(comparedRowName(r))} | ${r.status === 'regressed' ? '❌ regressed' : '✅ fixed'} |`);
    }
  }
  const from = sources(totals);
  if (from) out.push('', from);
  return `${out.join('\n')}\n`;
};
