import { prompt, testRule } from '../rule-tester.js';

const body = prompt('hi');
const line = (ref: string) => `# yaml-language-server: $schema=${ref}\n${body}`;
const stale = (ref: string, want: string) => `$schema=${ref} does not lead to .prompts/_schema.json from this folder (was the file moved?); use $schema=${want} (--fix rewrites it).`;

testRule('schema-modeline', {
  valid: [
    body,
    line('./_schema.json'),
    line('_schema.json'),
    { name: 'nested', id: 'support/triage', code: line('../_schema.json') },
    { name: 'a URL is the author\'s choice', id: 'support/triage', code: line('https://example.com/schema.json') },
    { name: 'an absolute path too', code: line('/opt/schema.json') },
    { name: 'only the first line', code: `${body}# yaml-language-server: $schema=../nope.json\n` },
  ],
  invalid: [
    { name: 'moved into a folder', id: 'support/triage', code: line('./_schema.json'), errors: [{ message: stale('./_schema.json', '../_schema.json'), line: 1, column: 33 }], output: line('../_schema.json') },
    { name: 'moved out of a folder', code: line('../_schema.json'), errors: [{ message: stale('../_schema.json', './_schema.json'), line: 1, column: 33 }], output: line('./_schema.json') },
    { name: 'moved deeper', id: 'a/b/c', code: line('../_schema.json'), errors: [{ message: stale('../_schema.json', '../../_schema.json'), line: 1, column: 33 }], output: line('../../_schema.json') },
    { name: 'another file name', code: line('./schema.json'), errors: [{ message: stale('./schema.json', './_schema.json'), line: 1, column: 33 }], output: line('./_schema.json') },
  ],
});
