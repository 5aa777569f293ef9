import fs from 'node:fs';
import path from 'node:path';
import { schemaSdl } from '../../src/graphql/schema-sdl';

describe('schema.graphql', () => {
  it('is exactly what the code emits (run `npm run schema` after changing the API)', async () => {
    const committed = fs.readFileSync(path.resolve(__dirname, '..', '..', 'schema.graphql'), 'utf8');
    expect(committed).toBe(await schemaSdl());
  });
});
