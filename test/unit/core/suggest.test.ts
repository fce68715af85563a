import { describe, expect, it } from 'vitest';
import { didYouMean, nearest } from '../../../src/core/suggest.js';

describe('nearest', () => {
  it.each([
    ['tickt', ['ticket', 'tone'], 'ticket'],
    ['modle', ['model', 'messages', 'modelParameters'], 'model'],
    ['rendr', ['render', 'release'], 'render'],
    ['zzzzz', ['model', 'render'], undefined],
    // A swap must be of neighbours: "mdeol" is two mistakes away from "model".
    ['mdeol', ['model'], undefined],
  ])('%s among %j is %s', (input, candidates, hit) => {
    expect(nearest(input, candidates)).toBe(hit);
  });

  it('words it as a question, or says nothing', () => {
    expect(didYouMean('modle', ['model'])).toBe(' Did you mean "model"?');
    expect(didYouMean('x', [])).toBe('');
  });
});
