import { readFileSync } from 'node:fs';
import { Chalk } from 'chalk';
import Ajv from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { FORMATTERS, type FormatContext } from '../../../src/lint/formatters/index.js';
import { RULES } from '../../../src/lint/rules/index.js';
import type { LintResult } from '../../../src/lint/types.js';

const schema = (name: string) => JSON.parse(readFileSync(new URL(`../../fixtures/schemas/${name}`, import.meta.url), 'utf8'));

const results: LintResult[] = [
  {
    file: '.prompts/support/triage bot.yaml',
    id: 'support/triage bot',
    messages: [
      { ruleId: 'undefined-variable', severity: 'error', message: '"nme" is used but not declared in variables. Did you mean "name"?', line: 5, column: 21, endLine: 5, endColumn: 28 },
      { ruleId: 'whitespace', severity: 'warn', message: 'Trailing whitespace (--fix removes it).', line: 9, column: 3, endLine: 9, endColumn: 5, fix: { edits: [{ start: 80, end: 82, text: '' }] } },
    ],
    errorCount: 1,
    warningCount: 1,
    fixableCount: 1,
  },
  { file: '.prompts/clean.yaml', id: 'clean', messages: [], errorCount: 0, warningCount: 0, fixableCount: 0 },
  {
    file: '.prompts/x.yaml',
    id: 'x',
    messages: [{ ruleId: 'no-secrets', severity: 'error', message: 'Key: 100%, "a,b"\nnext <line> & ]]>', line: 1, column: 1 }],
    errorCount: 1,
    warningCount: 0,
    fixableCount: 0,
  },
];

const context: FormatContext = { cwd: '/repo/sub', root: '/repo', color: new Chalk({ level: 0 }), rules: RULES.map((r) => r.meta), version: '1.2.3' };
const format = (name: string) => FORMATTERS[name]!(results, context);

describe('formatters', () => {
  it('stylish groups by file with file:line:col, relative to the working directory', () => {
    expect(format('stylish')).toBe(
      [
        '../.prompts/support/triage bot.yaml',
        '  ../.prompts/support/triage bot.yaml:5:21  error    "nme" is used but not declared in variables. Did you mean "name"?  undefined-variable',
        '  ../.prompts/support/triage bot.yaml:9:3   warning  Trailing whitespace (--fix removes it).  whitespace',
        '',
        '../.prompts/x.yaml',
        '  ../.prompts/x.yaml:1:1  error    Key: 100%, "a,b"\nnext <line> & ]]>  no-secrets',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '  1 problem can be fixed with --fix.',
        '',
      ].join('\n'),
    );
    expect(FORMATTERS.stylish!([results[1]!], context)).toBe('');
  });

  it('stylish colours only when asked', () => {
    const coloured = FORMATTERS.stylish!(results, { ...context, color: new Chalk({ level: 1 }) });
    expect(coloured).toContain('\u001b[31merror  \u001b[39m');
    expect(format('stylish')).not.toContain('\u001b[');
  });

  it('json lists every file with its messages and counts', () => {
    const parsed = JSON.parse(format('json'));
    expect(parsed).toHaveLength(3);
    expect(parsed[0]).toMatchObject({ filePath: '/repo/.prompts/support/triage bot.yaml', file: '.prompts/support/triage bot.yaml', errorCount: 1, warningCount: 1, fixableCount: 1, fixableErrorCount: 0, fixableWarningCount: 1 });
    expect(parsed[2]).toMatchObject({ errorCount: 1, fixableErrorCount: 0, fixableWarningCount: 0 });
    expect(parsed[0].messages[0]).toEqual(results[0]!.messages[0]);
  });

  it('github writes escaped workflow commands', () => {
    expect(format('github')).toBe(
      [
        '::error file=.prompts/support/triage bot.yaml,line=5,col=21,endLine=5,endColumn=28,title=promptgit (undefined-variable)::"nme" is used but not declared in variables. Did you mean "name"?',
        '::warning file=.prompts/support/triage bot.yaml,line=9,col=3,endLine=9,endColumn=5,title=promptgit (whitespace)::Trailing whitespace (--fix removes it).',
        '::error file=.prompts/x.yaml,line=1,col=1,title=promptgit (no-secrets)::Key: 100%25, "a,b"%0Anext <line> & ]]>',
        '',
      ].join('\n'),
    );
  });

  it('junit writes a suite per file and escapes XML', () => {
    expect(format('junit')).toBe(
      [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<testsuites>',
        '<testsuite package="org.promptgit" time="0" tests="2" errors="2" name=".prompts/support/triage bot.yaml">',
        '<testcase time="0" name="org.promptgit.undefined-variable" classname=".prompts/support/triage bot.yaml">',
        '<failure message="&quot;nme&quot; is used but not declared in variables. Did you mean &quot;name&quot;?"><![CDATA[line 5, col 21, Error - "nme" is used but not declared in variables. Did you mean "name"? (undefined-variable)]]></failure>',
        '</testcase>',
        '<testcase time="0" name="org.promptgit.whitespace" classname=".prompts/support/triage bot.yaml">',
        '<failure message="Trailing whitespace (--fix removes it)."><![CDATA[line 9, col 3, Warning - Trailing whitespace (--fix removes it). (whitespace)]]></failure>',
        '</testcase>',
        '</testsuite>',
        '<testsuite package="org.promptgit" time="0" tests="1" errors="0" name=".prompts/clean.yaml">',
        '<testcase time="0" name=".prompts/clean.yaml" classname=".prompts/clean.yaml" />',
        '</testsuite>',
        '<testsuite package="org.promptgit" time="0" tests="1" errors="1" name=".prompts/x.yaml">',
        '<testcase time="0" name="org.promptgit.no-secrets" classname=".prompts/x.yaml">',
        '<failure message="Key: 100%, &quot;a,b&quot;&#10;next &lt;line&gt; &amp; ]]&gt;"><![CDATA[line 1, col 1, Error - Key: 100%, "a,b"\nnext <line> & ]]]]><![CDATA[> (no-secrets)]]></failure>',
        '</testcase>',
        '</testsuite>',
        '</testsuites>',
        '',
      ].join('\n'),
    );
  });

  describe('control characters from the files', () => {
    const hostile: LintResult[] = [
      {
        file: '.prompts/evil.yaml',
        id: 'evil',
        messages: [{ ruleId: 'valid-schema', severity: 'error', message: 'Unknown field "x\u001b[2J\u0007\ry".', line: 1, column: 1 }],
        errorCount: 1,
        warningCount: 0,
        fixableCount: 0,
      },
    ];
    const formatted = (name: string) => FORMATTERS[name]!(hostile, context);

    it('stylish and github show them as escapes', () => {
      expect(formatted('stylish')).toContain('error    Unknown field "x\\x1b[2J\\x07\\ry".  valid-schema');
      expect(formatted('github')).toContain('::Unknown field "x\\x1b[2J\\x07\\ry".');
      for (const name of ['stylish', 'github']) expect(formatted(name)).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    });

    it('json, sarif and gitlab keep the message exact', () => {
      expect(JSON.parse(formatted('json'))[0].messages[0].message).toBe('Unknown field "x\u001b[2J\u0007\ry".');
      expect(JSON.parse(formatted('sarif')).runs[0].results[0].message.text).toBe('Unknown field "x\u001b[2J\u0007\ry".');
      expect(JSON.parse(formatted('gitlab'))[0].description).toBe('Unknown field "x\u001b[2J\u0007\ry".');
    });

    it('junit writes what XML 1.0 cannot hold as escapes, and the carriage return as a reference', () => {
      expect(formatted('junit')).toContain('<failure message="Unknown field &quot;x\\x1b[2J\\x07&#13;y&quot;."><![CDATA[line 1, col 1, Error - Unknown field "x\\x1b[2J\\x07\ry". (valid-schema)]]></failure>');
      expect(formatted('junit')).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    });
  });

  it('sarif validates against the official SARIF 2.1.0 schema', () => {
    const log = JSON.parse(format('sarif'));
    const ajv = new AjvDraft04({ allErrors: true, strict: false });
    addFormats(ajv as unknown as Ajv);
    const validate = ajv.compile(schema('sarif-schema-2.1.0.json'));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    const run = log.runs[0];
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.meta.id));
    expect(run.tool.driver.rules[0].help.text).toMatch(/docs\/rules\.md#valid-yaml/);
    expect(run.results[0]).toEqual({
      ruleId: 'undefined-variable',
      ruleIndex: RULES.findIndex((r) => r.meta.id === 'undefined-variable'),
      level: 'error',
      message: { text: '"nme" is used but not declared in variables. Did you mean "name"?' },
      locations: [{ physicalLocation: { artifactLocation: { uri: '.prompts/support/triage%20bot.yaml', uriBaseId: '%SRCROOT%' }, region: { startLine: 5, startColumn: 21, endLine: 5, endColumn: 28 } } }],
    });
    expect(run.results[1].level).toBe('warning');
  });

  it('sarif schema check can fail (a broken log is rejected)', () => {
    const ajv = new AjvDraft04({ strict: false });
    addFormats(ajv as unknown as Ajv);
    const validate = ajv.compile(schema('sarif-schema-2.1.0.json'));
    const log = JSON.parse(format('sarif'));
    log.runs[0].results[0].level = 'fatal';
    expect(validate(log)).toBe(false);
  });

  it('gitlab validates against the documented Code Quality fields, with stable fingerprints', () => {
    const issues = JSON.parse(format('gitlab'));
    const validate = new Ajv({ allErrors: true }).compile(schema('gitlab-code-quality.json'));
    expect(validate(issues), JSON.stringify(validate.errors)).toBe(true);
    expect(issues[0]).toMatchObject({ check_name: 'undefined-variable', severity: 'major', location: { path: '.prompts/support/triage bot.yaml', lines: { begin: 5, end: 5 } } });
    expect(issues[1].severity).toBe('minor');
    expect(issues[2].categories).toEqual(['Security']);
    expect(JSON.parse(format('gitlab'))).toEqual(issues);
    const moved = structuredClone(results);
    moved[0]!.messages[0]!.line = 50;
    expect(JSON.parse(FORMATTERS.gitlab!(moved, context))[0].fingerprint).toBe(issues[0].fingerprint);
    expect(new Set(issues.map((i: { fingerprint: string }) => i.fingerprint)).size).toBe(3);
    expect(validate([{ ...issues[0], severity: 'high' }])).toBe(false);
  });
});
