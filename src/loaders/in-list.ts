/** An `IN (...)` list of bound values: its placeholders, and the values to bind. */
export interface InList {
  sql: string;
  params: unknown[];
}

/**
 * The `?` placeholders for `values` and the values to bind, padded (with the last value again,
 * which changes no `IN`) to the next power of two: a batch of any size then uses one of a few
 * statement texts, so the driver's prepared-statement cache keeps them instead of compiling a new
 * statement for almost every batch. `values` must not be empty.
 */
export function inList(values: readonly unknown[]): InList {
  let size = 1;
  while (size < values.length) size *= 2;
  const params = [...values];
  while (params.length < size) params.push(values[values.length - 1]);
  return { sql: params.map(() => '?').join(', '), params };
}
