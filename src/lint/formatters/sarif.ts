import { repositoryPage } from '../../core/package-files.js';
import type { Formatter } from './types.js';

const LEVEL = { error: 'error', warn: 'warning', off: 'none' } as const;

/** A repository-relative path as a relative URI reference: each segment percent-encoded. */
export const fileUri = (file: string) => file.split('/').map(encodeURIComponent).join('/');

/**
 * SARIF 2.1.0, as GitHub code scanning reads it: every rule in the driver with its help
 * text (so ruleIndex is stable), results with relative URIs under %SRCROOT%.
 */
export const sarif: Formatter = (results, { rules, settings, version }) => {
  const index = new Map(rules.map((rule, i) => [rule.id, i]));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'promptgit',
            version,
            // The rules' own page: every finding's help points at a section of it.
            informationUri: repositoryPage('docs/rules.md'),
            rules: rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              fullDescription: { text: rule.description },
              help: { text: `${rule.description} See docs/rules.md#${rule.id} for a wrong and a right example.` },
              defaultConfiguration: { level: LEVEL[settings?.get(rule.id)?.severity ?? rule.defaultSeverity] },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        results: results.flatMap((r) =>
          r.messages.map((m) => ({
            ruleId: m.ruleId,
            ...(index.has(m.ruleId) ? { ruleIndex: index.get(m.ruleId) } : {}),
            level: LEVEL[m.severity],
            message: { text: m.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: fileUri(r.file), uriBaseId: '%SRCROOT%' },
                  region: {
                    startLine: m.line,
                    startColumn: m.column,
                    ...(m.endLine === undefined ? {} : { endLine: m.endLine }),
                    ...(m.endColumn === undefined ? {} : { endColumn: m.endColumn }),
                  },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
