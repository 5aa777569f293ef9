import fs from 'node:fs';
import path from 'node:path';
import express from 'express';

/** Files GraphiQL needs in the browser, served from the project's own node_modules (no CDN). */
const assets: Record<string, [pkg: string, file: string]> = {
  'react.js': ['react', 'umd/react.production.min.js'],
  'react-dom.js': ['react-dom', 'umd/react-dom.production.min.js'],
  'graphiql.js': ['graphiql', 'graphiql.min.js'],
  'graphiql.css': ['graphiql', 'graphiql.min.css'],
};

/** The seed query shown in a new GraphiQL tab. */
const defaultQuery = `# All Stoltenberg quotes about Ukraine
query StoltenbergOnUkraine {
  quotes(filter: { speaker: "Stoltenberg", about: ["Ukraine"] }, first: 10) {
    totalCount
    edges {
      node {
        text
        speaker { ... on Person { name role } }
        article { title publishedAt }
      }
    }
  }
}
`;

/** The GraphiQL page for `graphqlPath`, loading its scripts from `assetPath`. */
export function graphiqlHtml(graphqlPath: string, assetPath: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>newsgraph · GraphiQL</title>
<link rel="stylesheet" href="${assetPath}/graphiql.css">
<style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
</head>
<body>
<div id="graphiql">Loading GraphiQL…</div>
<script src="${assetPath}/react.js"></script>
<script src="${assetPath}/react-dom.js"></script>
<script src="${assetPath}/graphiql.js"></script>
<script>
  const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(graphqlPath)} });
  ReactDOM.createRoot(document.getElementById('graphiql')).render(
    React.createElement(GraphiQL, { fetcher, defaultQuery: ${JSON.stringify(defaultQuery)} }),
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
