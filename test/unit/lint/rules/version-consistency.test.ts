import { prompt, testRule } from '../rule-tester.js';

const body = prompt('hi');
const released = { versions: { sample: ['1.0.0', '1.2.0', '1.1.0'] } };

testRule('version-consistency', {
  valid: [
    { name: 'no version field', code: body, releases: released },
    { name: 'the newest release', code: `version: 1.2.0\n${body}`, releases: released },
    { name: 'a release written by --no-commit, tags to come', code: `version: 1.3.0\n${body}`, releases: { ...released, pending: ['sample@1.3.0'] } },
    { name: 'a first release in its release commit', code: `version: 1.0.0\n${body}`, releases: { versions: {}, pending: ['sample@1.0.0'] } },
    { name: 'no release information (rule needs the tags)', code: `version: 9.9.9\n${body}` },
  ],
  invalid: [
    {
      name: 'renamed from a released prompt: a warning to release under the new id',
      id: 'support/greet',
      code: `version: 1.0.0\n${body}`,
      releases: { versions: { greet: ['1.0.0'] }, formerIds: { 'support/greet': ['greet'] } },
      errors: [{ message: 'version 1.0.0 was released as greet@1.0.0, the id this file had before it was renamed; run "promptgit release support/greet" to release it under its new id.', line: 1, column: 10, severity: 'warn' }],
    },
    {
      name: 'renamed, but the old id never had this version',
      id: 'support/greet',
      code: `version: 2.0.0\n${body}`,
      releases: { versions: { greet: ['1.0.0'] }, formerIds: { 'support/greet': ['greet'] } },
      errors: [{ message: 'version 2.0.0 has no release tag (never released): versions are written by "promptgit release", not by hand. Set it back, or remove the line.', line: 1, column: 10 }],
    },
    {
      name: 'not semver',
      code: `version: v1.2\n${body}`,
      releases: released,
      errors: [{ message: 'version "v1.2" is not a semantic version such as 1.2.0; versions are written by "promptgit release".', line: 1, column: 10 }],
    },
    {
      name: 'edited by hand to an untagged version',
      code: `version: 1.4.0 # bumped\n${body}`,
      releases: released,
      errors: [{ message: 'version 1.4.0 has no release tag (the last release is 1.2.0): versions are written by "promptgit release", not by hand. Set it back to 1.2.0.', line: 1, column: 10 }],
      output: `version: 1.2.0 # bumped\n${body}`,
    },
    {
      name: 'never released',
      code: `version: 1.0.0\n${body}`,
      releases: { versions: {} },
      errors: [{ message: 'version 1.0.0 has no release tag (never released): versions are written by "promptgit release", not by hand. Set it back, or remove the line.', line: 1, column: 10 }],
    },
    {
      name: 'lower than the newest release',
      code: `version: "1.1.0"\n${body}`,
      releases: released,
      errors: [{ message: 'version 1.1.0 is lower than the newest release, 1.2.0; set it to 1.2.0.', line: 1, column: 10 }],
      output: `version: 1.2.0\n${body}`,
    },
  ],
});
