import * as z from 'zod';

/** An environment variable name: what `apiKeyEnv` holds (the name, never the key). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

export const providerSchema = z.strictObject({
  baseUrl: z.url({ message: 'must be a URL such as http://localhost:11434/v1' }).describe('The OpenAI-compatible endpoint, ending before /chat/completions'),
  apiKeyEnv: z.string().regex(ENV_NAME, 'must be the name of an environment variable (such as OPENAI_API_KEY), never the key itself').optional().describe('The environment variable that holds the API key'),
  headers: z.record(z.string(), z.string()).optional().describe('Extra request headers; "${NAME}" in a value is read from the environment'),
  models: z.record(z.string(), z.string()).optional().describe('Prompt model name to the name this provider knows (default: the part after "provider/")'),
  timeout: z.number().int().positive().optional().describe('Milliseconds to wait for one answer (default 60000)'),
  stream: z.boolean().optional().describe('Ask for a streamed answer (server-sent events)'),
});

export const evalConfigSchema = z.strictObject({
  provider: z.string().min(1).optional().describe('The provider used when none is named: a key of providers, "openai" or "echo"'),
  judge: z.string().min(1).optional().describe('The judge model of llm and github/* evaluators that name none'),
  providers: z.record(z.string().regex(/^[A-Za-z0-9_.-]+$/, 'a provider name is letters, digits, ".", "_" and "-"'), providerSchema).optional(),
});

export type ProviderConfig = z.infer<typeof providerSchema>;
export type EvalConfig = z.infer<typeof evalConfigSchema>;

/** Known keys under `eval`, for "did you mean" in config errors. */
export function evalKnownKeys(path: readonly PropertyKey[]): string[] | undefined {
  if (path.length === 1) return Object.keys(evalConfigSchema.shape);
  if (path.length === 3 && path[1] === 'providers') return Object.keys(providerSchema.shape);
  return undefined;
}
