import { ProviderError } from '../errors.js';
import { evalMessages as m } from '../messages/eval.js';
import { AnswerCache } from './cache.js';
import { cacheKey, requestHash } from './hash.js';
import type { Recordings } from './recordings.js';
import { recordingFile } from './recordings.js';
import { echoAnswer } from './request.js';
import type { CallModel, ChatRequest, ProviderSpec } from './providers/types.js';

export type AnswerSource = 'model' | 'cache' | 'recording' | 'echo';

export interface Answer {
  text: string;
  from: AnswerSource;
}

export interface AnswererOptions {
  spec: ProviderSpec;
  cache: AnswerCache;
  recordings: Recordings;
  record: boolean;
  replay: boolean;
  /** Made on the first call that needs the network, so a cached run never loads the openai client. */
  caller: () => Promise<CallModel>;
}

/** Where a row's answer comes from: recordings on --replay only; else the cache, then the model. */
export function makeAnswerer(options: AnswererOptions) {
  const { spec, cache, recordings } = options;
  let caller: Promise<CallModel> | undefined;
  // Two rows (or both sides of --compare) asking the same thing at once share one call.
  const inflight = new Map<string, Promise<string>>();
  return async (id: string, row: number, body: ChatRequest, repeat: number, signal: AbortSignal): Promise<Answer> => {
    const hash = requestHash(body, repeat);
    if (options.replay) {
      const recorded = recordings.get(id, hash);
      if (recorded === undefined) throw new ProviderError(m.noRecording(id, row, hash, recordingFile(id)), { hint: m.noRecordingHint });
      return { text: recorded, from: 'recording' };
    }
    let answer: Answer;
    if (spec.kind === 'echo') answer = { text: echoAnswer(body), from: 'echo' };
    else {
      const key = cacheKey(spec.baseUrl, body, repeat);
      const cached = cache.get(key);
      if (cached !== undefined) answer = { text: cached, from: 'cache' };
      else {
        let call = inflight.get(key);
        const shared = call !== undefined;
        if (!call) {
          caller ??= options.caller();
          call = caller.then((c) => c(body, signal)).then(async (text) => {
            await cache.set(key, text);
            return text;
          });
          inflight.set(key, call);
          call.then(() => inflight.delete(key), () => inflight.delete(key));
        }
        answer = { text: await call, from: shared ? 'cache' : 'model' };
      }
    }
    if (options.record) recordings.add(id, hash, body.model, answer.text);
    return answer;
  };
}

export type Answerer = ReturnType<typeof makeAnswerer>;
