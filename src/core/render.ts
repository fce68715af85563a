import { ProblemsError } from '../errors.js';
import { contractOf, resolveVariables } from './contract.js';
import { parsePrompt, type ParsedPrompt } from './parse.js';
import { locateInScalar } from './positions.js';
import type { PromptFile, Role } from './schema.js';
import { TemplateSyntaxError, renderTemplate, templateError } from './template.js';

export interface RenderOptions {
  /** Partial name to text, for `{{> name}}`; defaults to the partials `loadPrompt` read. */
  partials?: ReadonlyMap<string, string>;
  /** Names whose values are command-line strings, converted to the declared type first. */
  fromText?: ReadonlySet<string>;
}

/** A rendered prompt, ready for a chat-completions call. */
export interface RenderedPrompt {
  model?: string;
  modelParameters?: Record<string, unknown>;
  responseFormat?: string;
  messages: { role: Role; content: string }[];
}

/** A prompt to render: a loaded prompt (plain data) or a parsed one (with positions). */
type Renderable = Pick<ParsedPrompt, 'file' | 'text'> & Partial<Pick<ParsedPrompt, 'id' | 'doc' | 'lineCounter'>> & { data: PromptFile; partials?: ReadonlyMap<string, string> };

/**
 * Renders a prompt's messages. Checks the variables against the prompt's contract first
 * (missing, unknown, wrong type, not in the enum) and applies defaults; every problem is
 * reported at once in a ProblemsError.
 */
export function renderPrompt(prompt: Renderable, variables: Record<string, unknown>, options: RenderOptions = {}): RenderedPrompt {
  const partials = options.partials ?? prompt.partials ?? new Map<string, string>();
  // A broken template first: its variables cannot be read, so the contract would be wrong.
  prompt.data.messages.forEach((message, index) => {
    const error = templateError(message.content);
    if (error) throw templateProblem(prompt, index, error);
  });
  const contract = contractOf(prompt.data, partials);
  const { values, problems } = resolveVariables(contract, variables, options.fromText);
  if (problems.length > 0) {
    throw new ProblemsError(
      `Cannot render ${prompt.file}: ${problems.length === 1 ? 'a variable is' : `${problems.length} variables are`} wrong.`,
      problems.map((message) => ({ message })),
      { hint: 'Pass variables with --var name=value or --vars file.json.' },
    );
  }
  const messages = prompt.data.messages.map((message, index) => {
    try {
      return { role: message.role, content: renderTemplate(message.content, values, partials) };
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      throw templateProblem(prompt, index, error);
    }
  });
  const { model, modelParameters, responseFormat } = prompt.data;
  return {
    ...(model === undefined ? {} : { model }),
    ...(modelParameters === undefined ? {} : { modelParameters }),
    ...(responseFormat === undefined ? {} : { responseFormat }),
    messages,
  };
}

/** A template error as a problem at the file line of the tag mustache complained about. */
function templateProblem(prompt: Renderable, index: number, error: TemplateSyntaxError): ProblemsError {
  // Positions are read from the text only when there is an error to place.
  const { doc, lineCounter } = prompt.doc && prompt.lineCounter ? { doc: prompt.doc, lineCounter: prompt.lineCounter } : parsePrompt(prompt.text, prompt.id ?? '', prompt.file);
  const span = locateInScalar(doc, lineCounter, prompt.text, ['messages', index, 'content'], error.offset, error.offset + 2);
  return new ProblemsError(`Cannot render ${prompt.file}: its template is invalid.`, [
    { file: prompt.file, line: span.start.line, column: span.start.column, message: `${error.message} in messages[${index}].content.` },
  ]);
}
