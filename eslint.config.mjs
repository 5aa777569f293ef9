// ESLint (flat config): typescript-eslint's recommended rules, and the layer rule of
// docs/ARCHITECTURE.md (what each folder of src/ may import) through eslint-plugin-boundaries.
// `npm run lint`; tests/unit/lint/layer-rule.test.ts shows the layer rule failing.
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'eslint/config';
import boundaries from 'eslint-plugin-boundaries';
import tseslint from 'typescript-eslint';

/** The project's root: element patterns and the TypeScript resolver are relative to it, wherever ESLint runs from. */
const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * The elements: folders, matched from the project root (`partialMatch: false`); each file of ours
 * belongs to the first element whose folder holds it. Files outside these (tests, bench, scripts,
 * examples) belong to no element, and their imports are not restricted.
 */
const elements = [
  // Ingestion's stages: parse -> extract -> resolve, never backwards.
  { type: 'ingestion-parse', pattern: 'src/ingestion/parse' },
  { type: 'ingestion-extract', pattern: 'src/ingestion/extract' },
  { type: 'ingestion-resolve', pattern: 'src/ingestion/resolve' },
  // Any other folder under src/ingestion (lexicons, name tables, the tokenizer): shared by every stage.
  { type: 'ingestion-shared', pattern: 'src/ingestion/*' },
  // The files at ingestion's root put the stages together (annotator, pipeline, worker pool).
  { type: 'ingestion-root', pattern: 'src/ingestion' },
  ...['config', 'types', 'entities', 'db', 'loaders', 'services', 'graphql', 'server', 'cli', 'eval', 'synth'].map((type) => ({
    type,
    pattern: `src/${type}`,
  })),
  // The files at src's root: main.ts.
  { type: 'main', pattern: 'src' },
  { type: 'migrations', pattern: 'migrations' },
].map((element) => ({ ...element, partialMatch: false, exclusive: true }));

/** Single files that belong with a shared folder: annotations.ts (the types every ingestion stage speaks). */
const files = [{ category: 'ingestion-shared', pattern: 'src/ingestion/annotations.ts' }];

/** What each element may import of ours (besides packages, which are not restricted). */
const ingestion = ['ingestion-parse', 'ingestion-extract', 'ingestion-resolve', 'ingestion-shared', 'ingestion-root'];
const everything = ['config', 'types', 'entities', 'db', 'loaders', 'services', 'graphql', 'server', 'cli', 'eval', 'synth', 'main', ...ingestion];
const mayImport = {
  config: ['config', 'types'],
  types: ['types'],
  'ingestion-parse': ['config', 'types', 'ingestion-parse', 'ingestion-shared'],
  'ingestion-extract': ['config', 'types', 'ingestion-parse', 'ingestion-extract', 'ingestion-shared'],
  'ingestion-resolve': ['config', 'types', 'ingestion-parse', 'ingestion-extract', 'ingestion-resolve', 'ingestion-shared'],
  'ingestion-shared': ['config', 'types', 'ingestion-shared'],
  'ingestion-root': ['config', 'types', ...ingestion],
  entities: ['config', 'types', 'entities'],
  db: ['config', 'types', 'entities', 'db', 'migrations'],
  loaders: ['config', 'types', 'entities', 'db', 'loaders'],
  services: ['config', 'types', 'entities', 'db', 'services', ...ingestion],
  graphql: ['config', 'types', 'entities', 'loaders', 'services', 'graphql'],
  server: everything.filter((type) => !['cli', 'eval', 'synth', 'main'].includes(type)),
  cli: everything,
  main: everything,
  eval: ['config', 'types', 'eval', ...ingestion],
  synth: ['config', 'types', 'synth', ...ingestion],
  migrations: ['types', 'migrations'],
};

const policies = [
  ...Object.entries(mayImport).map(([from, to]) => ({
    from: { element: { type: from } },
    allow: {
      to: [
        { element: { types: { anyOf: to } } },
        // Whoever may import an ingestion stage may import the shared files.
        ...(to.includes('ingestion-shared') ? [{ file: { categories: 'ingestion-shared' } }] : []),
      ],
    },
  })),
  // A shared file imports only shared code (it sits at ingestion's root, whose files may import every stage).
  {
    from: { file: { categories: 'ingestion-shared' } },
    disallow: { to: { element: { types: { anyOf: ['ingestion-parse', 'ingestion-extract', 'ingestion-resolve', 'ingestion-root'] } } } },
  },
];

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'examples/generated/**', 'bench/.cache/**', 'test-artifacts/**'] },
  // Some tests carry `eslint-disable-next-line no-console` for a console rule this config does not turn on.
  { linterOptions: { reportUnusedDisableDirectives: 'off' } },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    rules: {
      // `_`-prefixed names are kept for a signature (express's error handler takes four arguments);
      // an unused `catch (error)` binding is harmless.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' }],
      // The project is CommonJS: its few require() calls load on demand on purpose (the annotator on a
      // worker's first article, a package's version, the compiled worker pool in a test).
      '@typescript-eslint/no-require-imports': 'off',
    },
  },
  {
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      // Tests and the benchmark read GraphQL JSON answers and raw SQL rows, typed `any` on purpose (60 places).
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  {
    files: ['src/**/*.ts', 'migrations/**/*.ts'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'boundaries/include': ['src/**/*.ts', 'migrations/**/*.ts'],
      'boundaries/root-path': root,
      'import/resolver': { typescript: { project: `${root}tsconfig.json` }, node: true },
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          message: '{{from.type}} may not import {{to.type}} (the layer rule: docs/ARCHITECTURE.md, eslint.config.mjs)',
          policies,
        },
      ],
    },
  },
);
