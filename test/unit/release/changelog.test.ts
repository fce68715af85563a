import { describe, expect, it } from 'vitest';
import { addEntries, findEntryBody, renderEntry, type ChangelogEntry } from '../../../src/release/changelog.js';

const triage: ChangelogEntry = {
  id: 'support/triage',
  version: '2.0.0',
  date: '2026-11-30',
  message: 'Ticket routing v2.',
  first: false,
  changes: [
    { level: 'fix', summary: 'Reworded the system message.' },
    { level: 'breaking', summary: 'Variable "ticket" was removed.' },
    { level: 'feature', summary: 'New optional variable "tone".' },
  ],
};

describe('changelog', () => {
  it('groups the changes Breaking, Features, Fixes under a dated heading', () => {
    expect(renderEntry(triage)).toBe(
      '## support/triage@2.0.0 - 2026-11-30\n\nTicket routing v2.\n\n### Breaking\n\n- Variable "ticket" was removed.\n\n### Features\n\n- New optional variable "tone".\n\n### Fixes\n\n- Reworded the system message.\n',
    );
  });

  it('starts a new file with an introduction', () => {
    const text = addEntries(undefined, [{ id: 'a', version: '1.0.0', date: '2026-11-30', changes: [], first: true }]);
    expect(text).toMatch(/^# Changelog\n/);
    expect(text.endsWith('## a@1.0.0 - 2026-11-30\n\nFirst release.\n')).toBe(true);
  });

  it('puts the newest entries first and keeps the old text byte for byte', () => {
    const old = '# Changelog\n\nIntro *kept*.\n\n## a@1.0.0 - 2026-11-01\n\nFirst release.\n';
    const text = addEntries(old, [triage]);
    expect(text.startsWith('# Changelog\n\nIntro *kept*.\n\n## support/triage@2.0.0 - 2026-11-30\n')).toBe(true);
    expect(text.endsWith('\n## a@1.0.0 - 2026-11-01\n\nFirst release.\n')).toBe(true);
    expect(text.replace(renderEntry(triage) + '\n', '')).toBe(old);
  });

  it('keeps a CRLF changelog CRLF on every line, the new entry too, and finds its entries', () => {
    const old = '# Changelog\r\n\r\n## a@1.0.0 - 2026-11-01\r\n\r\nFirst release.\r\n';
    const text = addEntries(old, [triage]);
    expect(text.split('\r\n').every((line) => !line.includes('\n'))).toBe(true);
    expect(text.replace(renderEntry(triage).replace(/\n/g, '\r\n') + '\r\n', '')).toBe(old);
    expect(findEntryBody(text, 'a', '1.0.0')).toBe('First release.');
  });

  it('finds the body of an entry', () => {
    const text = addEntries(addEntries(undefined, [{ ...triage, version: '1.0.0', changes: [], message: undefined, first: true }]), [triage]);
    expect(findEntryBody(text, 'support/triage', '1.0.0')).toBe('First release.');
    expect(findEntryBody(text, 'support/triage', '2.0.0')).toContain('### Breaking');
    expect(findEntryBody(text, 'support/triage', '3.0.0')).toBeUndefined();
  });
});
