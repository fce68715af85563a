import type { Role } from '../../core/schema.js';

/** A chat-completions request body, exactly as sent (and hashed for the cache). */
export interface ChatRequest {
  model: string;
  messages: { role: Role | 'system' | 'user'; content: string }[];
  max_tokens?: number;
  top_p?: number;
  temperature?: number;
  response_format?: { type: string; json_schema?: Record<string, unknown> };
}

/** Where requests go: a resolved provider, with its key read from the environment (never from files). */
export interface ProviderSpec {
  name: string;
  kind: 'openai' | 'echo';
  /** The base URL the cache key names (`echo:` for the echo provider). */
  baseUrl: string;
  apiKey?: string;
  /** The variable the key came from, for messages. */
  apiKeyEnv?: string;
  headers: Record<string, string>;
  models: Record<string, string>;
  timeout: number;
  stream: boolean;
  /** Every secret value the run holds (the key, expanded header values): redacted from all output. */
  secrets: string[];
}

/** Calls a model: one request in, the reply text out (throws ProviderError after retries). */
export type CallModel = (request: ChatRequest, signal: AbortSignal) => Promise<string>;
