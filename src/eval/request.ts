import type { RenderedPrompt } from '../core/render.js';
import { providerModel } from './providers/resolve.js';
import type { ChatRequest, ProviderSpec } from './providers/types.js';

/**
 * The chat-completions body of a rendered row, as gh models eval built it: the messages,
 * modelParameters in the API's names, and responseFormat/jsonSchema as response_format.
 * Keys are in a fixed order, so the same row always hashes to the same cache key.
 */
export function requestBody(rendered: RenderedPrompt, model: string, spec: ProviderSpec): ChatRequest {
  const params = rendered.modelParameters ?? {};
  const body: ChatRequest = { model: providerModel(spec, model), messages: rendered.messages.map((m) => ({ role: m.role, content: m.content })) };
  if (typeof params.maxTokens === 'number') body.max_tokens = params.maxTokens;
  if (typeof params.temperature === 'number') body.temperature = params.temperature;
  if (typeof params.topP === 'number') body.top_p = params.topP;
  if (rendered.response_format) body.response_format = rendered.response_format;
  return body;
}

/** The echo provider's answer: the last user message as rendered. */
export function echoAnswer(request: ChatRequest): string {
  const users = request.messages.filter((m) => m.role === 'user');
  return (users[users.length - 1]?.content ?? '').trim();
}
