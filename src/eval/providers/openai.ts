import type OpenAI from 'openai';
import { ProviderError } from '../../errors.js';
import { evalMessages as m } from '../../messages/eval.js';
import { retryAfterMs, sleep } from './retry-wait.js';
import type { CallModel, ChatRequest, ProviderSpec } from './types.js';

/** Retries after a 429, a 5xx, a timeout or a broken reply, as gh models eval did for 429s. */
export const MAX_RETRIES = 3;
const BACKOFF_MS = 500;
/** A 429 asking for longer than this is a quota, not a pause: the run stops instead. */
const MAX_WAIT_MS = 120_000;

export interface CallOptions {
  /** Told of each wait, so the command can say why the run pauses. */
  onRetry?: (waitMs: number, attempt: number, status: number | undefined) => void;
}

/** A model caller over the official openai client (loaded only when a call is made). */
export async function openaiCaller(spec: ProviderSpec, options: CallOptions = {}): Promise<CallModel> {
  const { default: OpenAIClient, APIError, APIUserAbortError } = await import('openai');
  // The client's own retries are off: the loop below honours x-ratelimit-* and says when it waits.
  const client: OpenAI = new OpenAIClient({ apiKey: spec.apiKey ?? 'none', baseURL: spec.baseUrl, defaultHeaders: spec.headers, maxRetries: 0, timeout: spec.timeout });
  const once = async (request: ChatRequest, signal: AbortSignal): Promise<string> => {
    if (spec.stream) {
      const stream = await client.chat.completions.create({ ...(request as OpenAI.ChatCompletionCreateParamsNonStreaming), stream: true }, { signal });
      let text = '';
      for await (const chunk of stream) for (const choice of chunk.choices ?? []) text += choice.delta?.content ?? '';
      return text;
    }
    const completion = await client.chat.completions.create(request as OpenAI.ChatCompletionCreateParamsNonStreaming, { signal });
    if (!Array.isArray(completion?.choices)) throw new Error('the reply is not a chat completion (no "choices")');
    return completion.choices.map((choice) => choice.message?.content ?? '').join('');
  };
  return async (request, signal) => {
    for (let attempt = 0; ; attempt++) {
      try {
        // gh trimmed every reply before scoring; so does this.
        return (await once(request, signal)).trim();
      } catch (error) {
        if (signal.aborted || error instanceof APIUserAbortError) throw signal.reason ?? error;
        const status = error instanceof APIError ? error.status : undefined;
        const retryable = status === undefined || status === 429 || status === 408 || status >= 500;
        const asked = status === 429 && error instanceof APIError ? retryAfterMs(error.headers) : undefined;
        if (!retryable || attempt >= MAX_RETRIES || (asked ?? 0) > MAX_WAIT_MS) throw providerFailure(spec, error, status, attempt);
        const wait = asked ?? BACKOFF_MS * 2 ** attempt;
        options.onRetry?.(wait, attempt + 1, status);
        await sleep(wait, signal);
      }
    }
  };
}

function providerFailure(spec: ProviderSpec, error: unknown, status: number | undefined, attempt: number): ProviderError {
  const why = `${status === undefined ? '' : `HTTP ${status}: `}${error instanceof Error ? error.message : String(error)}${attempt > 0 ? ` (after ${attempt} ${attempt === 1 ? 'retry' : 'retries'})` : ''}.`;
  return new ProviderError(m.providerFailed(spec.name, why), { hint: m.providerFailedHint, cause: error });
}
