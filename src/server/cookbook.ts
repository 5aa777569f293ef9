import fs from 'node:fs';
import path from 'node:path';
import { projectPath } from '../config/config';

/** One operation of the cookbook: its file name without `.graphql`, and its text. */
export interface CookbookOperation {
  name: string;
  document: string;
}

/** The folder of the query cookbook. */
export const COOKBOOK_DIR = projectPath('examples', 'operations');

/** Reads the cookbook's operations (examples/operations/*.graphql), sorted by name, the headline query first. */
export function readCookbook(folder = COOKBOOK_DIR): CookbookOperation[] {
  return fs
    .readdirSync(folder)
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => Number(b.startsWith('StoltenbergOnUkraine.')) - Number(a.startsWith('StoltenbergOnUkraine.')) || a.localeCompare(b))
    .map((file) => ({ name: path.basename(file, '.graphql'), document: fs.readFileSync(path.join(folder, file), 'utf8') }));
}
