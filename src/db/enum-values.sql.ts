/**
 * A SQL condition: `column` holds one of `values` (FALSE for none), written as literals, each
 * checked to be a value of the string enum `allowed` (so no text from a request reaches the SQL),
 * sorted and each once, so that a set of values is one statement text whatever its order. For SQL
 * built once per set of values (page loaders, search sources).
 */
export function enumValuesSql<T extends string>(column: string, values: readonly T[], allowed: Record<string, T>, what: string): string {
  const known = new Set<string>(Object.values(allowed));
  const list = [...new Set(values)].sort();
  for (const value of list) if (!known.has(value)) throw new Error(`not a ${what}: ${value}`);
  return list.length ? `${column} IN (${list.map((value) => `'${value}'`).join(', ')})` : 'FALSE';
}
