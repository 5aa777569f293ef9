import { DataSource } from 'typeorm';
import { createLoaders, Loaders } from '../loaders/loaders';

/** What every resolver gets: the store, and this request's own DataLoaders. */
export interface Context {
  dataSource: DataSource;
  loaders: Loaders;
}

/** Builds the context of one request (fresh loaders, so nothing is cached across requests). */
export function createContext(dataSource: DataSource): Context {
  return { dataSource, loaders: createLoaders(dataSource) };
}
