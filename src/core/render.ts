import { parsePrompt, type ParsedPrompt } from './parse.js';
import { locate, locateInScalar } from './positions.js';
import { renderChecked, type Placer, type Renderable, type RenderOptions, type RenderedPrompt } from './render-checked.js';

export type { RenderOptions, RenderedPrompt } from './render-checked.js';

/**
 * Renders a prompt's messages. Refuses first what no values could fix: a template or partial
 * that does not parse, partials in a cycle, a variable the declared `variables` lacks, a
 * partial that does not exist or whose name is invalid. Then checks the variables against the
 * prompt's contract (missing, unknown, wrong type, not in the enum) and applies defaults.
 * Every problem of a kind is reported at once in a ProblemsError.
 */
export function renderPrompt(prompt: Renderable, variables: Record<string, unknown>, options: RenderOptions = {}): RenderedPrompt {
  return renderChecked(prompt, variables, options, textPlacer(prompt));
}

/** Places problems by line and column, reading positions from the text only when there is a problem to place. */
export function textPlacer(prompt: Renderable): Placer {
  return {
    message(index, start, end) {
      const { doc, lineCounter } = positioned(prompt);
      const span = locateInScalar(doc, lineCounter, prompt.text, ['messages', index, 'content'], start, end);
      return { file: prompt.file, line: span.start.line, column: span.start.column };
    },
    field(name) {
      const { doc, lineCounter } = positioned(prompt);
      const span = locate(doc, lineCounter, [name]);
      return { file: prompt.file, line: span.start.line, column: span.start.column };
    },
  };
}

/** A loaded prompt is plain data: its positions are read from the text only when there is a problem to place. */
function positioned(prompt: Renderable): Pick<ParsedPrompt, 'doc' | 'lineCounter'> {
  return prompt.doc && prompt.lineCounter ? { doc: prompt.doc, lineCounter: prompt.lineCounter } : parsePrompt(prompt.text, prompt.id ?? '', prompt.file);
}
