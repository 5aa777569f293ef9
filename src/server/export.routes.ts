import { Readable } from 'node:stream';
import { Request, Response, Router } from 'express';
import { GraphQLError } from 'graphql';
import { DataSource } from 'typeorm';
import { Config } from '../config/config';
import { QUOTE_EXPORT_CONTENT_TYPES, QuoteExportFormat } from '../services/quote-export.format';
import { openQuoteExport, quoteFilterFromParameters, writeQuoteExport } from '../services/quote-export.service';
import { bearerKey, isKnownKey } from './api-key';

/**
 * Streamed exports, mounted at /export:
 *
 *   GET /export/quotes.ndjson?speaker=Stoltenberg&about=Ukraine   one JSON object a line (application/x-ndjson)
 *   GET /export/quotes.csv?...                                    a header, then one record a quote (text/csv, RFC 4180)
 *
 * The query parameters are the QuoteFilter fields of the same names: speaker, speakerId, about
 * and aboutAny (repeatable: `about=Ukraine&about=NATO`; commas are not split), aboutScope (QUOTE,
 * PARAGRAPH or ARTICLE), text, from and to (YYYY-MM-DD), minConfidence (0..1), articleId, kind
 * (DIRECT, MIXED or INDIRECT, repeatable: `kind=DIRECT&kind=MIXED`; DIRECT only when left out). A bad
 * or unknown parameter is a 400 with `{ "errors": [{ "message", "extensions": { "code":
 * "BAD_USER_INPUT" } }] }`, the message naming the parameter (the same messages as GraphQL's;
 * a `text` of more than `config.limits.maxSearchTerms` terms included).
 * Rows are read from the store only as fast as the client reads the body (see
 * quote-export.service.ts); a client that goes away stops the read and releases the cursor. An
 * error after the headers were sent cuts the response (the socket is destroyed), so the client
 * sees an incomplete chunked body, never a short export that looks whole. When reads need an
 * API key (`config.requireKeyForReads`), so do exports: 401 UNAUTHENTICATED without a known key.
 */
export function exportRoutes(
  dataSource: DataSource,
  config: Pick<Config, 'requireKeyForReads' | 'apiKeys' | 'limits'>,
): Router {
  const router = Router();
  const fail = (res: Response, status: number, code: string, message: string) =>
    res.status(status).json({ errors: [{ message, extensions: { code, requestId: res.locals.requestId } }] });
  const handle = (format: QuoteExportFormat) => async (req: Request, res: Response) => {
    if (config.requireKeyForReads && !isKnownKey(bearerKey(req.headers.authorization), config.apiKeys)) {
      res.set('WWW-Authenticate', 'Bearer');
      fail(res, 401, 'UNAUTHENTICATED', 'A valid API key is needed: send "Authorization: Bearer KEY"');
      return;
    }
    let rows: Readable;
    try {
      rows = await openQuoteExport(dataSource, quoteFilterFromParameters(req.query as Record<string, unknown>), config.limits.maxSearchTerms);
    } catch (error) {
      if (error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT') {
        fail(res, 400, 'BAD_USER_INPUT', error.message);
        return;
      }
      throw error;
    }
    res.status(200).type(QUOTE_EXPORT_CONTENT_TYPES[format]).set('Cache-Control', 'no-store');
    if (format === 'csv') res.set('Content-Disposition', 'attachment; filename="quotes.csv"');
    try {
      await writeQuoteExport(rows, format, res);
    } catch {
      // The client went away, or a row failed after the headers were sent: cut the response, so
      // that the client sees an incomplete (unterminated chunked) body rather than a short file.
      res.destroy();
    }
  };
  router.get('/quotes.ndjson', handle('ndjson'));
  router.get('/quotes.csv', handle('csv'));
  return router;
}
