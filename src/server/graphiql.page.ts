import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { readCookbook } from './cookbook';

/** Files GraphiQL needs in the browser, served from the project's own node_modules (no CDN). */
const assets: Record<string, [pkg: string, file: string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
  'explorer.js': ['@graphiql/plugin-explorer', 'dist/index.umd.js'],
  'explorer.css': ['@graphiql/plugin-explorer', 'dist/style.css'],
};

/** Embeds a value in an inline script safely (no "</script>" can end the script early). */
const inlineJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * The GraphiQL page for `graphqlPath`, loading its scripts from `assetPath`: the explorer plugin,
 * the schema docs, and the cookbook (examples/operations) open as ready tabs, the headline
 * "StoltenbergOnUkraine" first.
 */
export function graphiqlHtml(graphqlPath: string, assetPath: string): string {
  const tabs = readCookbook().map(({ document }) => ({ query: document }));
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsgraph · GraphiQL</title>
<link rel="stylesheet" href="${assetPath}/graphiql.css">
<link rel="stylesheet" href="${assetPath}/explorer.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${assetPath}/react.js"></script>
<script src="${assetPath}/react-dom.js"></script>
<script src="${assetPath}/graphiql.js"></script>
<script src="${assetPath}/explorer.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${inlineJson(graphqlPath)} });
  const explorer = GraphiQLPluginExplorer.explorerPlugin();
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, plugins: [explorer], defaultTabs: ${inlineJson(tabs)}, defaultEditorToolsVisibility: false }),
  );
</script>
</body>
</html>
`;
}

/** An express router serving the GraphiQL assets under its mount point. */
export function graphiqlAssets(): express.Router {
  const router = express.Router();
  for (const [name, [pkg, relative]] of Object.entries(assets)) {
    const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), relative);
    router.get(`/${name}`, (_req, res) => {
      res.type(path.extname(name)).setHeader('Cache-Control', 'public, max-age=86400');
      fs.createReadStream(file).pipe(res);
    });
  }
  return router;
}
