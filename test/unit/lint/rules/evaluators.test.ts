import { prompt, testRule } from '../rule-tester.js';

/** A prompt (lines 1-3) with these evaluators: `evaluators:` is line 4, the first entry line 5. */
const withEvaluators = (yaml: string) => `${prompt('{{input}}')}evaluators:\n${yaml}`;

testRule('evaluators', {
  valid: [
    prompt('hi'),
    withEvaluators('  - name: has\n    string:\n      contains: "{{expected}}"\n'),
    withEvaluators('  - name: exact\n    string:\n      equals: |-\n        two\n        lines\n'),
    withEvaluators('  - name: sim\n    uses: github/similarity\n  - name: flu\n    uses: github/fluency\n'),
    withEvaluators('  - name: judge\n    llm:\n      modelId: openai/gpt-4o\n      prompt: "Is {{completion}} right?"\n      choices:\n        - choice: "yes"\n          score: 1\n        - choice: "no"\n          score: 0\n'),
    { name: 'a judge with no modelId takes the default judge', code: withEvaluators('  - name: j\n    llm:\n      prompt: p\n      choices:\n        - { choice: a, score: 1 }\n') },
    { name: 'extensions', code: withEvaluators('  - name: r\n    string:\n      regex: "/^yes\\\\b/i"\n  - name: n\n    string:\n      notContains: sorry\n  - name: j\n    json: {}\n') },
    { name: 'a regex filled in from the row is checked at eval time', code: withEvaluators('  - name: r\n    string:\n      regex: "({{input}}"\n') },
    { name: 'startsWith may end with a space', code: withEvaluators('  - name: s\n    string:\n      startsWith: "Answer: "\n') },
  ],
  invalid: [
    { name: 'not a mapping', code: withEvaluators('  - contains: x\n  - just text\n'), errors: [{ message: 'evaluators[0] has no name; results are reported by it.', line: 5, column: 5, severity: 'warn' }, { message: 'Evaluator evaluators[0] has an unknown key "contains".', line: 5, column: 5 }, { message: 'evaluators[1] is not a mapping; an evaluator has a name and one of string, llm, uses or json.', line: 6, column: 5 }] },
    {
      name: 'no kind',
      code: withEvaluators('  - name: lonely\n'),
      errors: [{ message: 'Evaluator "lonely" has no check: give it one of string, llm, uses or json.', line: 5, column: 5 }],
    },
    {
      name: 'a misspelt kind, with a suggestion',
      code: withEvaluators('  - name: s\n    strng:\n      contains: x\n'),
      errors: [{ message: 'Evaluator "s" has an unknown key "strng". Did you mean "string"?', line: 6, column: 5 }],
    },
    {
      name: 'several kinds',
      code: withEvaluators('  - name: both\n    string:\n      contains: x\n    uses: github/fluency\n'),
      errors: [{ message: 'Evaluator "both" has string and uses: only string runs. Split it into one evaluator per check.', line: 8, column: 5 }],
    },
    {
      name: 'a string with no check',
      code: withEvaluators('  - name: s\n    string: {}\n  - name: t\n    string:\n      equals: ""\n'),
      errors: [
        { message: 'The string check of evaluator "s" has nothing to compare: give it one of equals, contains, startsWith, endsWith, notContains or regex.', line: 6, column: 5 },
        { message: 'The string check of evaluator "t" has nothing to compare: give it one of equals, contains, startsWith, endsWith, notContains or regex.', line: 8, column: 5 },
      ],
    },
    {
      name: 'a misspelt string check',
      code: withEvaluators('  - name: s\n    string:\n      contain: x\n'),
      errors: [{ message: 'Evaluator "s" has an unknown key "contain". Did you mean "contains"?', line: 7, column: 7 }],
    },
    {
      name: 'several string checks: only the first in gh\'s order runs',
      code: withEvaluators('  - name: s\n    string:\n      contains: a\n      equals: b\n'),
      errors: [{ message: 'The string check of evaluator "s" sets equals and contains: only equals runs. Split it into one evaluator per check.', line: 7, column: 7, severity: 'warn' }],
    },
    {
      name: 'a check that is not text',
      code: withEvaluators('  - name: s\n    string:\n      contains: [a, b]\n'),
      errors: [{ message: 'string.contains of evaluator "s" must be a string, not ["a","b"].', line: 7, column: 17 }],
    },
    {
      name: 'an equals with a trailing newline (a "|" block)',
      code: withEvaluators('  - name: exact\n    string:\n      equals: |\n        Paris\n'),
      errors: [{ message: 'The equals value of evaluator "exact" ends with a newline, and the reply is trimmed before it is compared, so it never matches; use "|-" instead of "|", or remove the newline.', line: 7, column: 15 }],
    },
    {
      name: 'edges that never match a trimmed reply',
      code: withEvaluators('  - name: a\n    string:\n      equals: " Paris"\n  - name: b\n    string:\n      endsWith: "done. "\n'),
      errors: [
        { message: 'The equals value of evaluator "a" starts with whitespace, and the reply is trimmed before it is compared, so it never matches; remove the whitespace.', line: 7, column: 15 },
        { message: 'The endsWith value of evaluator "b" ends with whitespace, and the reply is trimmed before it is compared, so it never matches; remove the whitespace.', line: 10, column: 17 },
      ],
    },
    {
      name: 'a bad regex',
      code: withEvaluators('  - name: r\n    string:\n      regex: "(a"\n'),
      errors: [{ message: 'The regex of evaluator "r" is not a valid regular expression: Invalid regular expression: /(a/: Unterminated group.', line: 7, column: 14 }],
    },
    {
      name: 'an unknown uses, with a suggestion',
      code: withEvaluators('  - name: sim\n    uses: github/similarty\n  - name: other\n    uses: acme/checker\n'),
      errors: [
        { message: 'Evaluator "sim" uses "github/similarty", which is not a built-in evaluator (github/similarity, github/coherence, github/fluency, github/relevance, github/groundedness); the check would fail on every row. Did you mean "github/similarity"?', line: 6, column: 11 },
        { message: 'Evaluator "other" uses "acme/checker", which is not a built-in evaluator (github/similarity, github/coherence, github/fluency, github/relevance, github/groundedness); the check would fail on every row.', line: 8, column: 11 },
      ],
    },
    {
      name: 'uses is case-sensitive',
      code: withEvaluators('  - name: sim\n    uses: github/Similarity\n'),
      errors: [{ message: 'Evaluator "sim" uses "github/Similarity", which is not a built-in evaluator (github/similarity, github/coherence, github/fluency, github/relevance, github/groundedness); the check would fail on every row. Did you mean "github/similarity"?', line: 6, column: 11 }],
    },
    {
      name: 'choices where an earlier one is part of a later one',
      code: withEvaluators('  - name: scale\n    llm:\n      modelId: m\n      prompt: p\n      choices:\n        - { choice: "1", score: 0 }\n        - { choice: "10", score: 1 }\n'),
      errors: [{ message: 'Choice "10" of evaluator "scale" never matches: "1", declared before it, is part of it and is found first. Pick choices that do not contain one another ("one" and "ten", or letters).', line: 11, column: 21 }],
    },
    {
      name: 'choices where a later one is part of an earlier one (compared lowercase)',
      code: withEvaluators('  - name: j\n    llm:\n      modelId: m\n      prompt: p\n      choices:\n        - { choice: Correct, score: 1 }\n        - { choice: correct-ish, score: 0.5 }\n        - { choice: CORRECT, score: 0 }\n'),
      errors: [
        { message: 'Choice "correct-ish" of evaluator "j" never matches: "Correct", declared before it, is part of it and is found first. Pick choices that do not contain one another ("one" and "ten", or letters).', line: 11, column: 21 },
        { message: 'Choice "CORRECT" of evaluator "j" never matches: "Correct", declared before it, is part of it and is found first. Pick choices that do not contain one another ("one" and "ten", or letters).', line: 12, column: 21 },
      ],
    },
    {
      name: 'a longer choice first: a warning',
      code: withEvaluators('  - name: j\n    llm:\n      modelId: m\n      prompt: p\n      choices:\n        - { choice: "10", score: 1 }\n        - { choice: "1", score: 0 }\n'),
      errors: [{ message: 'Choice "10" of evaluator "j" contains choice "1", declared after it: a reply that mentions "10" in passing scores as "10". Pick choices that do not contain one another.', line: 11, column: 21, severity: 'warn' }],
    },
    {
      name: 'an llm with no prompt and no choices, a bad choice, an empty choice',
      code: withEvaluators('  - name: j\n    llm:\n      modelId: m\n  - name: k\n    llm:\n      prompt: p\n      choices:\n        - { choice: a, score: "1" }\n        - { choice: "", score: 1 }\n'),
      errors: [
        { message: 'The llm check of evaluator "j" has no prompt to send to the judge.', line: 6, column: 5 },
        { message: 'The llm check of evaluator "j" has no choices, so it never passes; list the answers the judge may give, each with its score.', line: 6, column: 5 },
        { message: 'llm.choices[0] of evaluator "k" must be a mapping with a choice (text) and a score (number).', line: 12, column: 11 },
        { message: 'Choice 1 of evaluator "k" is empty, and an empty choice is found in every reply; give it a text.', line: 13, column: 21 },
      ],
    },
    {
      name: 'json takes no options',
      code: withEvaluators('  - name: j\n    json: { schema: x }\n'),
      errors: [{ message: 'The json check of evaluator "j" takes no options; write "json: {}".', line: 6, column: 11 }],
    },
    {
      name: 'a name used twice',
      code: withEvaluators('  - name: check\n    uses: github/fluency\n  - name: check\n    string:\n      contains: x\n'),
      errors: [{ message: 'Evaluator name "check" is already used on line 5; give each evaluator its own name, as results are reported by name.', line: 7, column: 11 }],
    },
    {
      name: 'no name: a warning',
      code: withEvaluators('  - uses: github/fluency\n'),
      errors: [{ message: 'evaluators[0] has no name; results are reported by it.', line: 5, column: 5, severity: 'warn' }],
    },
  ],
});
