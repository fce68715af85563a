import { describe, expect, it } from 'vitest';
import { configSchema, parseConfig } from '../../../src/core/config.js';
import { parsePrompt } from '../../../src/core/parse.js';
import { ProblemsError } from '../../../src/errors.js';
import { resolveRuleSettings } from '../../../src/lint/config.js';
import { lintPrompt, prepareRules } from '../../../src/lint/engine.js';

async function lint(text: string, rules: Record<string, unknown> = {}) {
  const settings = resolveRuleSettings(configSchema.parse({ lint: { rules } }));
  await prepareRules(settings);
  const result = lintPrompt(parsePrompt(text, 'p', '.prompts/p.yaml'), { settings, partials: new Map(), allIds: ['p'] });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.severity} ${m.ruleId}: ${m.message}`);
}

const bare = 'variables:\n  a: {}\nmessages:\n  - role: user\n    content: "{{a}}"\n';

describe('engine', () => {
  it('applies default severities', async () => {
    expect(await lint(bare)).toEqual(['1:1 warn require-description: The prompt has no description; add a one-line "description:" saying what it is for.']);
  });

  it('applies configured severities and turns rules off', async () => {
    expect(await lint(bare, { 'require-description': 'error' })).toEqual([expect.stringMatching(/^1:1 error require-description/)]);
    expect(await lint(bare, { 'require-description': 'off' })).toEqual([]);
  });

  it('passes options to rules', async () => {
    const text = `description: d\nmessages:\n  - role: user\n    content: hi\n  - role: assistant\n    content: "{"\n`;
    expect(await lint(text)).toHaveLength(1);
    expect(await lint(text, { 'message-roles': ['warn', { allowPrefill: true }] })).toEqual([]);
  });

  it('honours disable and disable-next-line directives', async () => {
    expect(await lint(`# promptgit-disable require-description\n${bare}`)).toEqual([]);
    const text = `description: d\nmodelParameters:\n  # promptgit-disable-next-line model-parameters\n  temperature: 9\n  topP: 7\n${bare}`;
    expect(await lint(text)).toEqual(['5:9 error model-parameters: topP is 7; it must be between 0 and 1.']);
  });

  it('reports unused and unknown directives', async () => {
    const text = `# promptgit-disable no-secrets, require-descripton\ndescription: d\n${bare}`;
    expect(await lint(text)).toEqual([
      '1:1 warn unused-directive: "# promptgit-disable no-secrets" disables nothing here; remove it.',
      '1:1 warn unused-directive: "# promptgit-disable" names an unknown rule "require-descripton". Did you mean "require-description"?',
    ]);
    expect(await lint(text, { 'unused-directive': 'off' })).toEqual([]);
  });

  it('does not take a "#" inside a string for a directive', async () => {
    expect(await lint(`description: "# promptgit-disable require-description"\n${bare}`)).toEqual([]);
    expect(await lint(`description: ""\n${bare}`.replace('description: ""\n', ''))).toHaveLength(1);
  });
});

describe('lint config', () => {
  it('reports every invalid entry at once, at its line, with suggestions', () => {
    const text = 'lint:\n  rules:\n    max-token: warn\n    no-secrets: fatal\n    max-tokens: [warn, { max: -1, encodin: x }]\n    whitespace: [error]\n    valid-yaml: [warn, { a: 1 }]\n';
    const { config, source } = parseConfig(text);
    let error: unknown;
    try {
      resolveRuleSettings(config, source);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ProblemsError);
    const problems = (error as ProblemsError).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect((error as ProblemsError).message).toBe('.prompts/_config.yaml has 5 invalid lint rule entries.');
    expect(problems).toEqual([
      '3:5 Unknown rule "max-token". Did you mean "max-tokens"?',
      '4:17 "no-secrets" must be off, warn or error (or 0, 1, 2; or [severity, { options }]), not "fatal".',
      '5:31 "max-tokens" option max: Too small: expected number to be >0.',
      '5:35 "max-tokens" has no option "encodin". Did you mean "encoding"?',
      '7:24 "valid-yaml" takes no options; write just its severity.',
    ]);
  });

  it("accepts eslint's numeric severities, and refuses other numbers", () => {
    const { config, source } = parseConfig('lint:\n  rules:\n    max-tokens: [2, { max: 100 }]\n    whitespace: 0\n    require-description: 1\n');
    const settings = resolveRuleSettings(config, source);
    expect(['max-tokens', 'whitespace', 'require-description'].map((id) => settings.get(id)?.severity)).toEqual(['error', 'off', 'warn']);
    const bad = parseConfig('lint:\n  rules:\n    whitespace: 3\n    no-secrets: 1.5\n');
    expect(() => resolveRuleSettings(bad.config, bad.source)).toThrow(/2 invalid lint rule entries/);
  });

  it('accepts severities and [severity, options]', () => {
    const { config, source } = parseConfig('lint:\n  rules:\n    max-tokens: [error, { max: 100 }]\n    whitespace: off\n');
    const settings = resolveRuleSettings(config, source);
    expect(settings.get('max-tokens')).toEqual({ severity: 'error', options: { max: 100, encoding: 'o200k_base' } });
    expect(settings.get('whitespace')?.severity).toBe('off');
    expect(settings.get('no-secrets')).toEqual({ severity: 'error', options: {} });
  });
});
