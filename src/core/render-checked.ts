// The render checks without the YAML parser: the runtime renders bundled prompts with them, placing problems by file only.
import { ProblemsError } from '../errors.js';
import { renderMessages } from '../messages/render.js';
import { contractOf, resolveVariables } from './contract.js';
import { missingUses } from './missing-uses.js';
import type { ParsedPrompt } from './parse.js';
import { readJsonSchemaField } from './json-schema-field.js';
import type { PromptFile, Role } from './schema.js';
import { TemplateSyntaxError, cycleError, partialError, renderTemplate, templateError } from './template.js';
import { templateUses } from './template-uses.js';

/** Where a problem is: the file, and its line and column when the prompt's text is at hand. */
export interface Placer {
  message(index: number, start: number, end: number): { file: string; line?: number; column?: number };
  field(name: string): { file: string; line?: number; column?: number };
}

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
  /** The parsed `jsonSchema` of a `responseFormat: json_schema` prompt. */
  jsonSchema?: Record<string, unknown>;
  /** `responseFormat` in the shape of a chat-completions request, so the output can be sent as it is. */
  response_format?: { type: string; json_schema?: Record<string, unknown> };
  messages: { role: Role; content: string }[];
}

/** A prompt to render: a loaded prompt (plain data) or a parsed one (with positions). */
export type Renderable = Pick<ParsedPrompt, 'file' | 'text'> & Partial<Pick<ParsedPrompt, 'id' | 'doc' | 'lineCounter'>> & { data: PromptFile; partials?: ReadonlyMap<string, string> };

/**
 * Renders a prompt's messages. Refuses first what no values could fix: a template or partial
 * that does not parse, partials in a cycle, a variable the declared `variables` lacks, a
 * partial that does not exist or whose name is invalid. Then checks the variables against the
 * prompt's contract (missing, unknown, wrong type, not in the enum) and applies defaults.
 * Every problem of a kind is reported at once in a ProblemsError.
 */
export function renderChecked(prompt: Renderable, variables: Record<string, unknown>, options: RenderOptions, place: Placer): RenderedPrompt {
  const partials = options.partials ?? prompt.partials ?? new Map<string, string>();
  // A broken template first: its variables cannot be read, so the contract would be wrong.
  prompt.data.messages.forEach((message, index) => {
    const error = templateError(message.content);
    if (error) throw templateProblem(prompt, index, error, place);
  });
  assertRenderable(prompt, partials, place);
  const contract = contractOf(prompt.data, partials);
  const { values, problems } = resolveVariables(contract, variables, options.fromText);
  if (problems.length > 0) {
    throw new ProblemsError(
      renderMessages.wrongVariables(prompt.file, problems.length),
      problems.map((message) => ({ message })),
      { hint: renderMessages.wrongVariablesHint },
    );
  }
  const messages = prompt.data.messages.map((message, index) => {
    try {
      return { role: message.role, content: renderTemplate(message.content, values, partials) };
    } catch (error) {
      if (!(error instanceof TemplateSyntaxError)) throw error;
      throw templateProblem(prompt, index, error, place);
    }
  });
  const { model, modelParameters } = prompt.data;
  return {
    ...(model === undefined ? {} : { model }),
    ...(modelParameters === undefined ? {} : { modelParameters }),
    ...responseFormatOf(prompt, place),
    messages,
  };
}

/** `responseFormat`, with the parsed `jsonSchema` when it is json_schema (as GitHub Models sent it). */
function responseFormatOf(prompt: Renderable, place: Placer): Pick<RenderedPrompt, 'responseFormat' | 'jsonSchema' | 'response_format'> {
  const { responseFormat } = prompt.data;
  if (responseFormat === undefined) return {};
  if (responseFormat !== 'json_schema') return { responseFormat, response_format: { type: responseFormat } };
  const field = readJsonSchemaField(prompt.data.jsonSchema);
  if (field.problem !== undefined) {
    const where = field.problem === 'missing' ? 'responseFormat' : 'jsonSchema';
    throw new ProblemsError(renderMessages.badJsonSchema(prompt.file), [{ ...place.field(where), message: renderMessages.badJsonSchemaProblem(field.problem) }], {
      hint: renderMessages.badJsonSchemaHint,
    });
  }
  return { responseFormat, jsonSchema: field.value, response_format: { type: responseFormat, json_schema: field.value } };
}

/** Throws when the templates use what the prompt does not have, or do not parse (see renderChecked). */
export function assertRenderable(prompt: Renderable, partials: ReadonlyMap<string, string>, place: Placer): void {
  // Broken partials first: what they use cannot be read.
  prompt.data.messages.forEach((message, index) => {
    const cycle = cycleError(message.content, partials);
    if (cycle) throw templateProblem(prompt, index, cycle, place);
  });
  const uses = templateUses(prompt.data.messages.map((message) => message.content), partials);
  for (const use of uses.partials) {
    const error = use.text === undefined ? undefined : partialError(use.name, use.text, use.start);
    if (error) throw templateProblem(prompt, use.message, error, place);
  }
  const missing = missingUses(prompt.data, uses);
  if (missing.length === 0) return;
  const counts = { undeclared: 0, missing: 0, invalid: 0 };
  for (const use of missing) counts[use.kind] += 1;
  throw new ProblemsError(
    renderMessages.unusable(prompt.file, counts),
    missing.map((use) => ({ ...place.message(use.site.message, use.site.start, use.site.end), message: use.message })),
    { hint: renderMessages.unusableHint(counts) },
  );
}

/** A template error as a problem at the file line of the tag mustache complained about. */
function templateProblem(prompt: Renderable, index: number, error: TemplateSyntaxError, place: Placer): ProblemsError {
  return new ProblemsError(renderMessages.invalidTemplate(prompt.file), [{ ...place.message(index, error.offset, error.offset + 2), message: renderMessages.templateError(error.message, index) }]);
}
