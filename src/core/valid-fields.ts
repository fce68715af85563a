import type { ParsedPrompt } from './parse.js';
import { modelParametersSchema, promptShape, type PromptFile } from './schema.js';

/** The parts of a prompt that lint rules can check, even when the file as a whole fails the schema. */
export interface FieldView {
  /** Top-level fields that are valid on their own (all of them, as `data`, when the file is valid). */
  fields: Partial<PromptFile>;
  /** Top-level keys that are present but invalid: a rule cannot know their value, so it must not assume one. */
  invalid: ReadonlySet<string>;
  /** False when the YAML could not be read as a mapping: then no field is known, not even an absent one. */
  readable: boolean;
}

type Shape = typeof promptShape;
const views = new WeakMap<object, FieldView>();

/** Known modelParameters keys one by one, so a bad temperature does not hide a bad topP. */
function validParameters(value: unknown): PromptFile['modelParameters'] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const shape = modelParametersSchema.shape;
  const kept: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const schema = shape[key as keyof typeof shape];
    if (!schema) kept[key] = item;
    else if (schema.safeParse(item).success) kept[key] = item;
  }
  return kept as PromptFile['modelParameters'];
}

/**
 * Checks each top-level field on its own, as a compiler goes on past the first error: one
 * bad field (a wrong `model`, an unknown key) then no longer hides what the rules would
 * find in the others. Computed once per prompt, and only for an invalid one.
 */
export function validFields(prompt: Pick<ParsedPrompt, 'data' | 'raw'>): FieldView {
  if (prompt.data) return { fields: prompt.data, invalid: new Set(), readable: true };
  const cached = views.get(prompt);
  if (cached) return cached;
  const fields: Record<string, unknown> = {};
  const invalid = new Set<string>();
  const raw = prompt.raw;
  const readable = typeof raw === 'object' && raw !== null && !Array.isArray(raw);
  if (readable) {
    for (const [key, value] of Object.entries(raw)) {
      const schema = promptShape[key as keyof Shape];
      if (!schema) continue;
      const parsed = schema.safeParse(value);
      if (parsed.success) {
        fields[key] = parsed.data;
        continue;
      }
      invalid.add(key);
      if (key === 'modelParameters') fields[key] = validParameters(value);
    }
  }
  const view: FieldView = { fields: fields as Partial<PromptFile>, invalid, readable };
  views.set(prompt, view);
  return view;
}
