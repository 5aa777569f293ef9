import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../support/build';

/**
 * The layer rule of eslint.config.mjs (eslint-plugin-boundaries), through ESLint's Node API
 * (`new ESLint()`, `lintText(code, { filePath })`, in lint-texts.mjs) on code that is never
 * written to disk: a file at a path of the project with one import.
 */
type Message = { ruleId: string | null; message: string; line: number };

/**
 * A file that exists in `folder` (the import must resolve to be classified): `preferred` while it
 * is there, else the folder's first TypeScript file (code moves between folders as layers settle).
 */
function fileIn(folder: string, preferred?: string): string {
  if (preferred && fs.existsSync(path.join(projectRoot, folder, preferred))) return `${folder}/${preferred}`;
  const first = fs.readdirSync(path.join(projectRoot, folder)).sort().find((name) => name.endsWith('.ts'));
  if (!first) throw new Error(`no TypeScript file in ${folder}`);
  return `${folder}/${first}`;
}

/** Code at `file` (from the project root) that imports `target` (a project file) with a relative specifier. */
function importing(file: string, target: string): { filePath: string; code: string } {
  const filePath = path.join(projectRoot, file);
  let specifier = path.relative(path.dirname(filePath), path.join(projectRoot, target)).replace(/\.ts$/, '');
  if (!specifier.startsWith('.')) specifier = `./${specifier}`;
  return { filePath, code: `import * as imported from '${specifier}';\nexport const used = imported;\n` };
}

/** Lints every case in one ESLint process; the messages of each case, in order. */
function lintTexts(cases: { filePath: string; code: string }[]): Message[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, 'lint-texts.mjs')], {
    cwd: projectRoot,
    input: JSON.stringify(cases),
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(`lint-texts.mjs failed (${run.status}):\n${run.stderr}`);
  return JSON.parse(run.stdout) as Message[][];
}

const denied: [string, string, string][] = [
  ['src/services/some.service.ts', fileIn('src/graphql/types', 'page-args.ts'), 'services may not import graphql'],
  ['src/ingestion/extract/some.extractor.ts', fileIn('src/ingestion/resolve', 'person.resolver.ts'), 'ingestion-extract may not import ingestion-resolve'],
  ['src/ingestion/parse/some.parser.ts', fileIn('src/ingestion/extract', 'quote.extractor.ts'), 'ingestion-parse may not import ingestion-extract'],
  ['src/ingestion/lexicon/some.lexicon.ts', fileIn('src/ingestion/parse', 'date.parser.ts'), 'ingestion-shared may not import ingestion-parse'],
  ['src/ingestion/pipeline.ts', fileIn('src/services', 'quote.service.ts'), 'ingestion-root may not import services'],
  ['src/entities/quote.entity.ts', fileIn('src/graphql/types', 'page-args.ts'), 'entities may not import graphql'],
  ['src/loaders/loaders.ts', fileIn('src/services', 'quote.service.ts'), 'loaders may not import services'],
  ['src/eval/quote-eval.runner.ts', fileIn('src/db', 'data-source.ts'), 'eval may not import db'],
  ['src/synth/corpus.generator.ts', fileIn('src/entities', 'quote.entity.ts'), 'synth may not import entities'],
  ['src/server/create-server.ts', 'src/cli/main.ts', 'server may not import cli'],
  ['src/config/config.ts', fileIn('src/db', 'data-source.ts'), 'config may not import db'],
  ['migrations/1764201600000-Initial.ts', fileIn('src/services', 'quote.service.ts'), 'migrations may not import services'],
];

const allowed: [string, string][] = [
  ['src/ingestion/resolve/some.resolver.ts', fileIn('src/ingestion/extract', 'quote.extractor.ts')],
  ['src/ingestion/extract/some.extractor.ts', fileIn('src/ingestion/parse', 'date.parser.ts')],
  ['src/ingestion/extract/some.extractor.ts', 'src/ingestion/annotations.ts'],
  ['src/ingestion/resolve/some.resolver.ts', 'src/ingestion/annotations.ts'],
  ['src/ingestion/pipeline.ts', fileIn('src/ingestion/resolve', 'person.resolver.ts')],
  ['src/services/some.service.ts', fileIn('src/ingestion', 'article.annotator.ts')],
  ['src/graphql/some.resolver.ts', fileIn('src/services', 'quote.service.ts')],
  ['src/db/data-source.ts', fileIn('migrations', '1764201600000-Initial.ts')],
  ['src/server/create-server.ts', fileIn('src/graphql', 'schema.ts')],
  ['src/cli/some.command.ts', 'src/main.ts'],
  ['src/eval/quote-eval.runner.ts', fileIn('src/ingestion', 'article.annotator.ts')],
];

/**
 * A file of each shared folder under src/ingestion (other than parse, extract, resolve: lexicons,
 * name tables), which every stage may import. Only files that exist: an import that does not
 * resolve is not classified (the type check reports it).
 */
const ingestion = path.join(projectRoot, 'src', 'ingestion');
for (const folder of fs.readdirSync(ingestion, { withFileTypes: true })) {
  if (!folder.isDirectory() || ['parse', 'extract', 'resolve'].includes(folder.name)) continue;
  const file = fs.readdirSync(path.join(ingestion, folder.name)).find((name) => name.endsWith('.ts'));
  if (!file) continue;
  for (const stage of ['parse', 'extract', 'resolve']) allowed.push([`src/ingestion/${stage}/some.ts`, `src/ingestion/${folder.name}/${file}`]);
}

const packages = {
  filePath: path.join(projectRoot, 'src/ingestion/parse/some.parser.ts'),
  code: `import { GraphQLError } from 'graphql';\nimport fs from 'node:fs';\nexport const used = [GraphQLError, fs];\n`,
};

let results: Message[][];
beforeAll(() => {
  results = lintTexts([...denied.map(([file, target]) => importing(file, target)), ...allowed.map(([file, target]) => importing(file, target)), packages]);
}, 60_000);

const layerErrors = (messages: Message[]) => messages.filter((m) => m.ruleId === 'boundaries/dependencies');

describe('the layer rule', () => {
  it.each(denied.map((entry, i) => [...entry, i] as const))('fails %s importing %s', (_file, _target, message, i) => {
    expect(layerErrors(results[i])).toEqual([expect.objectContaining({ line: 1, message: expect.stringContaining(message) })]);
  });

  it.each(allowed.map((entry, i) => [...entry, denied.length + i] as const))('passes %s importing %s', (_file, _target, i) => {
    expect(layerErrors(results[i])).toEqual([]);
  });

  it('never restricts packages', () => {
    expect(results[denied.length + allowed.length]).toEqual([]);
  });
});
