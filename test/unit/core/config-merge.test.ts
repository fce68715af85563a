import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';
import { mergeConfig } from '../../../src/core/config-merge.js';
import { readTemplate } from '../../../src/core/templates.js';

const defaults = readTemplate('config.yaml');

describe('mergeConfig', () => {
  it('keeps every value the user set and the defaults around them', () => {
    const user = 'tagPrefix: mine/\nlint:\n  rules:\n    max-tokens: [warn, { max: 100 }]\n  ignore: ["drafts/**"]\n';
    const merged = mergeConfig(defaults, user);
    if (!('content' in merged)) throw new Error('expected a merge');
    expect(merged.kept).toEqual(['tagPrefix', 'lint.rules', 'lint.ignore']);
    const { config } = parseConfig(merged.content);
    expect(config).toEqual({ folders: [], tagPrefix: 'mine/', initialVersion: '1.0.0', lint: { rules: { 'max-tokens': ['warn', { max: 100 }] }, ignore: ['drafts/**'] } });
    // The defaults' comments stay, so the file still documents itself.
    expect(merged.content).toContain('# Release tags are named <tagPrefix><id>@<version>');
  });

  it('keeps a key the schema does not know rather than dropping it', () => {
    const merged = mergeConfig(defaults, 'tagprefix: typo/\n');
    if (!('content' in merged)) throw new Error('expected a merge');
    expect(merged.kept).toEqual(['tagprefix']);
    expect(merged.content).toContain('tagprefix: typo/');
  });

  it('keeps nothing when the user config is the default', () => {
    expect(mergeConfig(defaults, defaults)).toEqual({ content: defaults, kept: [] });
  });

  it('returns the line of a YAML error instead of merging', () => {
    expect(mergeConfig(defaults, 'initialVersion: 1.0.0\ntagPrefix: [\n')).toMatchObject({ line: expect.any(Number), message: expect.any(String) });
  });
});
