import { escapeData, escapeProperty } from '../../lint/formatters/github.js';
import { rowPassed } from '../report.js';
import { comparedRowName } from './compare.js';
import { percent, preview, rowName, type EvalFormatter } from './types.js';

/** GitHub Actions workflow commands: an error annotation per failing row, a notice per prompt. */
export const github: EvalFormatter = ({ prompts }) => {
  const out: string[] = [];
  for (const { label, file, report, comparison } of prompts) {
    const where = file ? `file=${escapeProperty(file)},` : '';
    report.testResults.forEach((r, i) => {
      if (rowPassed(r)) return;
      const checks = r.error ?? r.evaluationResults.filter((e) => !e.passed).map((e) => `${e.evaluatorName}: ${e.details}`).join('; ');
      out.push(`::error ${where}title=${escapeProperty(`${label} ${rowName(r, i)}`)}::${escapeData(`${checks}\nModel Response: ${preview(r.modelResponse)}`)}`);
    });
    for (const r of comparison?.rows ?? []) {
      if (r.status === 'regressed') out.push(`::error ${where}title=${escapeProperty(`${label} regressed since ${comparison!.ref}`)}::${escapeData(comparedRowName(r))}`);
    }
    const s = report.summary;
    out.push(`::notice ${where}title=${escapeProperty(`eval ${label}`)}::${escapeData(`Passed: ${s.passedTests}/${s.totalTests} (${percent(s.passRate)})`)}`);
  }
  return `${out.join('\n')}\n`;
};
