import { describe, expect, it } from 'vitest';
import { semanticDiff } from '../../../src/diff/semantic.js';
import { BASE, side } from './side.js';

const edit = (from: string, to: string): string => {
  if (!BASE.includes(from)) throw new Error(`BASE has no ${JSON.stringify(from)}`);
  return BASE.replace(from, to);
};

describe('semanticDiff: each change and its class', () => {
  it.each([
    // breaking: a caller's existing variables no longer render
    ['a required variable added', edit('variables:\n', 'variables:\n  lang:\n    type: string\n'), 'breaking', ['+variable lang (required string)']],
    ['a variable removed', edit('  ticket:\n    type: string\n', '').replace('"{{ticket}}"', 'hi'), 'breaking', ['-variable ticket', 'user message edited']],
    ['a variable renamed', edit('  ticket:\n    type: string\n', '  message:\n    type: string\n').replace('{{ticket}}', '{{message}}'), 'breaking', ['variable ticket renamed to message', 'user message edited']],
    ['a type changed', edit('  ticket:\n    type: string', '  ticket:\n    type: object'), 'breaking', ['variable ticket: type string -> object']],
    ['an enum narrowed', edit('[formal, casual]', '[formal]'), 'breaking', ['variable tone: enum narrowed (-casual)']],
    ['an enum added', edit('  ticket:\n    type: string', '  ticket:\n    type: string\n    enum: [a, b]'), 'breaking', ['variable ticket: only a, b allowed']],
    ['a variable made required', edit('    default: formal\n', ''), 'breaking', ['variable tone: now required', 'variable tone: default formal -> unset']],
    ['the prompt made invalid', edit('messages:', 'mesages:'), 'breaking', ['invalid file (run "promptgit lint support/triage")']],
    // feature: behaviour changes
    ['an optional variable added', edit('variables:\n', 'variables:\n  lang:\n    type: string\n    default: en\n'), 'feature', ['+variable lang (optional, default en)']],
    ['an enum widened', edit('[formal, casual]', '[formal, casual, pirate]'), 'feature', ['variable tone: enum widened (+pirate)']],
    ['a default changed', edit('default: formal', 'default: casual'), 'feature', ['variable tone: default formal -> casual']],
    ['a temperature changed', edit('temperature: 0.2', 'temperature: 0.7'), 'feature', ['temperature 0.2 -> 0.7']],
    ['a parameter added', edit('temperature: 0.2', 'temperature: 0.2\n  maxTokens: 100'), 'feature', ['+maxTokens 100']],
    ['the model changed', edit('gpt-4o-mini', 'gpt-4o'), 'feature', ['model openai/gpt-4o-mini -> openai/gpt-4o']],
    ['the response format set', edit('messages:', 'responseFormat: json_object\nmessages:'), 'feature', ['responseFormat text -> json_object']],
    ['message content edited', edit('You sort', 'You triage'), 'feature', ['system message edited']],
    ['a message added', edit('testData:', '  - role: assistant\n    content: Ok.\ntestData:'), 'feature', ['+assistant message']],
    ['a message removed', edit('  - role: user\n    content: "{{ticket}}"\n', ''), 'feature', ['-user message']],
    ['a role changed', edit('role: user', 'role: developer'), 'feature', ['message 2 role user -> developer']],
    // fix: no behaviour change
    ['the description edited', edit('Sorts tickets', 'Sorts support tickets'), 'fix', ['description edited']],
    ['the name changed', edit('name: Triage', 'name: Ticket triage'), 'fix', ['name Triage -> "Ticket triage"']],
    ['tags changed', edit('[support]', '[support, triage]'), 'fix', ['tags +triage']],
    ['metadata changed', edit('team-a', 'team-b'), 'fix', ['metadata.owner team-a -> team-b']],
    ['testData added', edit('  - ticket: My order is late\n', '  - ticket: My order is late\n  - ticket: Refund please\n'), 'fix', ['testData: +1 case']],
    ['whitespace in content', edit('You sort support', 'You  sort support'), 'fix', ['system message whitespace changed']],
    ['a comment added', `# owned by support\n${BASE}`, 'fix', ['comments edited']],
    ['formatting only', edit('tags: [support]', 'tags:\n  - support'), 'fix', ['formatting only (same fields and values)']],
    ['an extension key', `${BASE}x-owner: me\n`, 'fix', ['x-owner added']],
  ])('%s', (_name, after, level, summaries) => {
    const diff = semanticDiff(side(BASE), side(after));
    expect(diff.changes.map((c) => c.summary)).toEqual(summaries);
    expect(diff.level).toBe(level);
  });

  it('a variable removed together with its message is breaking', () => {
    const after = edit('  ticket:\n    type: string\n', '').replace('  - role: user\n    content: "{{ticket}}"\n', '');
    const diff = semanticDiff(side(BASE), side(after));
    expect(diff.level).toBe('breaking');
    expect(diff.changes.map((c) => [c.summary, c.level])).toEqual([
      ['-variable ticket', 'breaking'],
      ['-user message', 'feature'],
    ]);
  });

  it('does not count a version bump written by release as a change', () => {
    const diff = semanticDiff(side(`version: 1.0.0\n${BASE}`), side(`version: 1.1.0\n${BASE}`));
    expect(diff).toMatchObject({ status: 'unchanged', level: 'none', changes: [], from: { version: '1.0.0' }, to: { version: '1.1.0' } });
  });

  it('reports nothing for identical sides', () => {
    expect(semanticDiff(side(BASE), side(BASE))).toMatchObject({ status: 'unchanged', level: 'none', changes: [] });
  });

  it('reports added, removed and renamed prompts', () => {
    expect(semanticDiff(undefined, side(BASE))).toMatchObject({ status: 'added', level: 'feature', to: { file: '.prompts/support/triage.yaml' } });
    expect(semanticDiff(side(BASE), undefined)).toMatchObject({ status: 'removed', level: 'breaking' });
    const renamed = semanticDiff(side(BASE, { id: 'old/triage' }), side(BASE));
    expect(renamed).toMatchObject({ id: 'support/triage', status: 'renamed', level: 'breaking', from: { id: 'old/triage' } });
    expect(renamed.changes[0]!.summary).toBe('renamed from old/triage');
  });

  it('infers the contract of a prompt without variables: a new template variable is breaking', () => {
    const before = 'messages:\n  - role: user\n    content: "{{ticket}}"\n';
    const after = 'messages:\n  - role: user\n    content: "{{ticket}} in {{lang}}"\n';
    const diff = semanticDiff(side(before), side(after));
    expect(diff.changes.map((c) => c.summary)).toEqual(['+variable lang (required string)', 'user message edited']);
    expect(diff.level).toBe('breaking');
  });

  it('shows a partial edit on the prompt that includes it, and a removed partial as breaking', () => {
    const text = 'messages:\n  - role: system\n    content: "Hi. {{> footer}}"\n';
    const edited = semanticDiff(side(text, { partials: { footer: 'Bye.' } }), side(text, { partials: { footer: 'Bye now.' } }));
    expect(edited.changes).toEqual([{ path: 'partials.footer', group: 'partials', kind: 'edited', level: 'feature', summary: 'partial footer edited', before: 'Bye.', after: 'Bye now.' }]);
    const removed = semanticDiff(side(text, { partials: { footer: 'Bye.' } }), side(text));
    expect(removed).toMatchObject({ level: 'breaking', changes: [{ summary: 'partial footer removed (still included)' }] });
    const unrelated = semanticDiff(side(BASE, { partials: { footer: 'a' } }), side(BASE, { partials: { footer: 'b' } }));
    expect(unrelated.level).toBe('none');
  });

  it('aligns messages: an inserted message is one addition, not every later message edited', () => {
    const after = edit('  - role: user', '  - role: assistant\n    content: Example answer.\n  - role: user');
    const diff = semanticDiff(side(BASE), side(after));
    expect(diff.changes).toMatchObject([{ path: 'messages[1]', kind: 'added', summary: '+assistant message' }]);
  });

  it('carries before and after values and the versions of both sides', () => {
    const diff = semanticDiff(side(`version: 1.0.0\n${BASE}`), side(`version: 1.1.0\n${edit('temperature: 0.2', 'temperature: 0.7')}`));
    expect(diff.from?.version).toBe('1.0.0');
    expect(diff.to?.version).toBe('1.1.0');
    expect(diff.changes).toEqual([{ path: 'modelParameters.temperature', group: 'model', kind: 'changed', level: 'feature', summary: 'temperature 0.2 -> 0.7', before: 0.2, after: 0.7 }]);
  });
});
