import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { GraphQLError } from 'graphql';
import { Config } from '../config/config';
import { describeStore, openDataSource } from '../db/data-source';
import { QuoteExportFormat } from '../services/quote-export.format';
import {
  openQuoteExport,
  QUOTE_EXPORT_PARAMETERS,
  QuoteExportParameter,
  quoteFilterFromParameters,
  writeQuoteExport,
} from '../services/quote-export.service';

export const exportUsage = `usage: newsgraph export [--format ndjson|csv] [--out FILE] [FILTER...]
  --format ndjson|csv     one JSON object a line (default), or CSV with a header (RFC 4180)
  --out FILE              write to FILE (replaced only once the export is complete); default: standard output
filters (all given must hold; the same as GraphQL's QuoteFilter):
  --speaker NAME          speaker name or alias ("Stoltenberg")
  --speaker-id ID         speaker by global ID
  --about NAME            an entity the quote is about; repeat for more (all must hold)
  --about-any NAME        like --about, but any one of them is enough; repeatable
  --about-scope SCOPE     QUOTE, PARAGRAPH (default) or ARTICLE: where --about entities must be named
  --text WORDS            full-text search in the quoted words
  --from YYYY-MM-DD       articles published on or after
  --to YYYY-MM-DD         articles published on or before
  --min-confidence X      speaker confidence at least X (0..1)
  --article-id ID         only quotes of this article (global ID)
  --kind KIND             DIRECT (the default when left out), MIXED or INDIRECT; repeat for more`;

/** The command-line option of a filter parameter: aboutScope -> --about-scope. */
function optionOf(parameter: string): string {
  return `--${parameter.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** A filter error message with its parameter named as an option: `"aboutScope" must...` -> `--about-scope must...`. */
function asOptionMessage(message: string): string {
  return message.replace(/"(\w+)"/, (quoted, name: string) =>
    (QUOTE_EXPORT_PARAMETERS as readonly string[]).includes(name) ? optionOf(name) : quoted,
  );
}

/** The `code` of an EPIPE-like error: the reader of standard output went away (`| head`). */
function isClosedPipe(error: unknown): boolean {
  const code = (error as { code?: string } | null)?.code;
  return code === 'EPIPE' || code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_PREMATURE_CLOSE';
}

/**
 * `newsgraph export [--format ndjson|csv] [--out FILE] [FILTER...]`: streams the quotes that
 * match the filter options, in GraphQL's default order (article, then text position), to
 * `stdout` (process.stdout by default; not ended) or to `--out FILE` (written to a temporary file
 * beside it, renamed when complete). Memory stays constant however many quotes match. Returns
 * the exit code: 0 done (also when the reader of standard output stops early), 1 a failure (no
 * database, a file that cannot be written), 2 a usage error (unknown option, bad value).
 */
export async function exportCommand(args: string[], config: Config, stdout: NodeJS.WritableStream = process.stdout): Promise<number> {
  const filterOptions = Object.fromEntries(QUOTE_EXPORT_PARAMETERS.map((p) => [optionOf(p).slice(2), { type: 'string' as const, multiple: true as const }]));
  let values: Record<string, string[] | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        format: { type: 'string', multiple: true },
        out: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
        ...filterOptions,
      },
      strict: true,
      allowPositionals: false,
    }) as { values: Record<string, string[] | boolean | undefined> });
  } catch (error) {
    console.error(`newsgraph export: ${(error as Error).message.split('. ')[0]}\n${exportUsage}`);
    return 2;
  }
  if (values.help) {
    console.log(exportUsage);
    return 0;
  }
  const single = (name: string): string | undefined => {
    const given = values[name] as string[] | undefined;
    if (given && given.length > 1) throw new UsageError(`--${name} is given more than once`);
    if (given && given[0].trim() === '') throw new UsageError(`--${name} is empty`);
    return given?.[0];
  };
  let format: QuoteExportFormat;
  let out: string | undefined;
  let parameters: Record<string, string[]>;
  try {
    const formatName = (single('format') ?? 'ndjson').toLowerCase();
    if (formatName !== 'ndjson' && formatName !== 'csv') throw new UsageError(`--format must be ndjson or csv, got "${formatName}"`);
    format = formatName;
    out = single('out');
    parameters = {};
    for (const parameter of QUOTE_EXPORT_PARAMETERS) {
      const given = values[optionOf(parameter).slice(2)] as string[] | undefined;
      if (given !== undefined) parameters[parameter as QuoteExportParameter] = given;
    }
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`newsgraph export: ${error.message}`);
    return 2;
  }

  if (!config.databaseUrl && config.databasePath !== ':memory:' && !fs.existsSync(config.databasePath)) {
    console.error(`newsgraph export: no database at ${config.databasePath} (run newsgraph ingest first, or set DATABASE_PATH)`);
    return 1;
  }
  let dataSource;
  try {
    dataSource = await openDataSource({ databasePath: config.databasePath, databaseUrl: config.databaseUrl });
  } catch (error) {
    if (!config.databaseUrl) throw error;
    console.error(`newsgraph export: cannot open the database at ${describeStore(config)}: ${(error as Error).message}`);
    return 1;
  }
  try {
    let rows;
    try {
      rows = await openQuoteExport(dataSource, quoteFilterFromParameters(parameters), config.limits.maxSearchTerms);
    } catch (error) {
      if (!(error instanceof GraphQLError && error.extensions.code === 'BAD_USER_INPUT')) throw error;
      console.error(`newsgraph export: ${asOptionMessage(error.message)}`);
      return 2;
    }
    if (out === undefined) {
      try {
        await writeQuoteExport(rows, format, stdout, { end: false });
        await new Promise<void>((resolve) => stdout.write('', () => resolve()));
      } catch (error) {
        if (isClosedPipe(error)) return 0;
        throw error;
      }
      return 0;
    }
    const target = path.resolve(out);
    const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
    try {
      const count = await writeQuoteExport(rows, format, fs.createWriteStream(temporary));
      fs.renameSync(temporary, target);
      console.error(`exported ${count} quote${count === 1 ? '' : 's'} to ${out}`);
      return 0;
    } catch (error) {
      rows.destroy();
      fs.rmSync(temporary, { force: true });
      console.error(`newsgraph export: cannot write ${out}: ${(error as Error).message}`);
      return 1;
    }
  } finally {
    await dataSource.destroy();
  }
}

/** A bad option: reported with exit code 2. */
class UsageError extends Error {}
