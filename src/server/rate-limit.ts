import express from 'express';
import { MemoryStore, rateLimit } from 'express-rate-limit';
import { GraphQLError } from 'graphql';
import type { Client } from '../graphql/context';

/** One per-client rate limit shared by every transport: HTTP counts at the door, other transports per operation. */
export interface RateLimit {
  perMinute: number;
  /** Counts every HTTP request (its client from `clientOfRequest`); over the limit: HTTP 429 with `Retry-After`. */
  middleware: express.RequestHandler;
  /** Counts one operation of `client`; the seconds to wait when it is over the limit, else null. */
  take(client: Client): Promise<number | null>;
}

/** The error of an operation over the rate limit: code RATE_LIMITED, HTTP 429 and `Retry-After` in seconds. */
export function rateLimitedError(perMinute: number, retryAfter: number): GraphQLError {
  return new GraphQLError(`Too many requests: at most ${perMinute} a minute. Retry after ${retryAfter} s.`, {
    extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) } },
  });
}

/** Seconds until `resetTime` (at least 1). */
const secondsUntil = (resetTime: Date | undefined, windowMs: number) =>
  Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000));

/**
 * A rate limit of `perMinute` operations a minute per client (express-rate-limit's fixed window,
 * one store for HTTP and WebSocket): a client is its API key when it shows a valid one, else its
 * address (see `clientOf`). The HTTP middleware answers over the limit with HTTP 429,
 * `Retry-After` and a GraphQL-shaped error with code RATE_LIMITED; `take` serves transports that
 * count per operation (graphql-ws), whose refusal is `rateLimitedError`.
 */
export function createRateLimit(perMinute: number, clientOfRequest: (req: express.Request) => Client): RateLimit {
  const windowMs = 60_000;
  const store = new MemoryStore();
  const middleware = rateLimit({
    windowMs,
    limit: perMinute,
    store,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => clientOfRequest(req).id,
    handler: (req, res) => {
      const retryAfter = secondsUntil((req as express.Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime, windowMs);
      const error = rateLimitedError(perMinute, retryAfter);
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json({ errors: [{ message: error.message, extensions: { code: 'RATE_LIMITED', requestId: res.locals.requestId } }] });
    },
  });
  return {
    perMinute,
    middleware,
    async take(client) {
      const { totalHits, resetTime } = await store.increment(client.id);
      return totalHits > perMinute ? secondsUntil(resetTime, windowMs) : null;
    },
  };
}
