import { createHash } from 'node:crypto';
import type { ChatRequest } from './providers/types.js';

/** The cache key of an answer: the endpoint, the exact body (model included) and the repeat index. */
export function cacheKey(baseUrl: string, body: ChatRequest, repeat: number): string {
  return createHash('sha256').update(JSON.stringify([baseUrl, body.model, body, repeat])).digest('hex');
}

/** A recording's key: the body and the repeat index, not the endpoint, so a replay works with no provider at all. */
export function requestHash(body: ChatRequest, repeat: number): string {
  return createHash('sha256').update(JSON.stringify([body, repeat])).digest('hex');
}
