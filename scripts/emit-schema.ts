import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from '../src/graphql/schema-sdl';

/** Writes schema.graphql from the code (`npm run schema`). */
schemaSdl().then((sdl) => {
  fs.writeFileSync(path.join(__dirname, '..', '..', 'schema.graphql'), sdl);
  console.error('wrote schema.graphql');
});
