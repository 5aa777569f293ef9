import { createHash } from 'node:crypto';
import express from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { bearerKey, isKnownKey } from './api-key';

/**
 * A per-client rate limit of `perMinute` requests a minute: a client is its API key when it sends
 * one of `apiKeys`, else its address (any other key counts for the address: a client that made up
 * a new key for every request would otherwise never be limited). Over the limit: HTTP 429 with
 * `Retry-After` (seconds) and a GraphQL-shaped error with code RATE_LIMITED.
 */
export function rateLimitMiddleware(perMinute: number, apiKeys: string[] = []): express.RequestHandler {
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    keyGenerator: (req) => {
      const key = bearerKey(req.headers.authorization);
      return key && isKnownKey(key, apiKeys) ? `key:${createHash('sha256').update(key).digest('hex')}` : `ip:${ipKeyGenerator(req.ip ?? '')}`;
    },
    handler: (req, res, _next, options) => {
      const resetTime = (req as express.Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
      const retryAfter = Math.max(1, Math.ceil(((resetTime?.getTime() ?? Date.now() + options.windowMs) - Date.now()) / 1000));
      res.setHeader('Retry-After', String(retryAfter));
      res.status(429).json({
        errors: [{ message: `Too many requests: at most ${perMinute} a minute. Retry after ${retryAfter} s.`, extensions: { code: 'RATE_LIMITED', requestId: res.locals.requestId } }],
      });
    },
  });
}
