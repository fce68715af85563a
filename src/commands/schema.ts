import { promptJsonSchema } from '../core/json-schema.js';
import type { Reporter } from '../output/reporter.js';

/** `promptgit schema`: prints the JSON Schema of the prompt format. */
export async function schema(options: { reporter: Reporter }): Promise<number> {
  options.reporter.out(JSON.stringify(promptJsonSchema(), null, 2));
  return 0;
}
