import { describe, expect, it } from 'vitest';
import { VersionFieldError, setVersionField } from '../../../src/release/version-field.js';

describe('setVersionField', () => {
  const cases: Array<[string, string, string]> = [
    ['replaces a plain value, keeping comments and spacing', 'name: A   # the name\nversion: 1.2.0  # set by release\nmessages:\n  - role: user\n    content: "{{x}}"   # keep\n', 'name: A   # the name\nversion: 1.3.0  # set by release\nmessages:\n  - role: user\n    content: "{{x}}"   # keep\n'],
    ['keeps double quotes', 'version: "1.2.0"\nmessages: []\n', 'version: "1.3.0"\nmessages: []\n'],
    ['keeps single quotes', "version: '1.2.0'\nmessages: []\n", "version: '1.3.0'\nmessages: []\n"],
    ['fills an empty value', 'version:\nmessages: []\n', 'version: 1.3.0\nmessages: []\n'],
    ['inserts after description', '# header\nname: A\ndescription: Does a thing  # note\nmodel: a/b\n', '# header\nname: A\ndescription: Does a thing  # note\nversion: 1.3.0\nmodel: a/b\n'],
    ['inserts after a block description', 'description: |\n  two\n  lines\nmodel: a/b\n', 'description: |\n  two\n  lines\nversion: 1.3.0\nmodel: a/b\n'],
    ['inserts before the first field when there is no name or description', '# yaml-language-server: $schema=x\nmessages:\n  - role: user\n    content: hi\n', '# yaml-language-server: $schema=x\nversion: 1.3.0\nmessages:\n  - role: user\n    content: hi\n'],
    ['keeps CRLF line ends', 'name: A\r\nmessages: []\r\n', 'name: A\r\nversion: 1.3.0\r\nmessages: []\r\n'],
    ['adds a line break when the file does not end with one', 'name: A', 'name: A\nversion: 1.3.0\n'],
  ];
  it.each(cases)('%s', (_name, before, after) => {
    expect(setVersionField(before, '1.3.0')).toBe(after);
  });

  it('changes no other byte of a commented file', () => {
    const text = '# top comment\n\nname:    Spaced   # c1\n\n# before version\nversion: 0.1.0 # c2\nvariables:\n  x: { type: string }   # flow\nmessages:\n  - role: system\n    content: >\n      folded   text\n';
    const out = setVersionField(text, '0.2.0');
    expect(out.replace('0.2.0', '0.1.0')).toBe(text);
  });

  it.each([
    ['{version: 1.0.0}', /block mapping/],
    ['version: [1]\n', /not a plain value/],
    ['a: [\n', /not valid YAML/],
  ])('refuses %j', (text, message) => {
    expect(() => setVersionField(text, '1.0.0')).toThrow(VersionFieldError);
    expect(() => setVersionField(text, '1.0.0')).toThrow(message);
  });
});
