import { GraphQLError } from 'graphql';
import { fromGlobalId } from './global-id';

/** A GraphQL error for an argument the client got wrong (code BAD_USER_INPUT). */
export function badInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** The row id behind a global ID of one of `types`; throws a BAD_USER_INPUT error naming `argument` otherwise. */
export function rowIdOf(id: string, types: string[], argument: string): number {
  const decoded = fromGlobalId(id);
  if (!decoded || !types.includes(decoded.type)) {
    const what = types.length > 1 ? `the ID of a ${types.join(' or ')}` : `${/^[AEIOU]/.test(types[0]) ? 'an' : 'a'} ${types[0]} ID`;
    throw badInput(`"${argument}" is not ${what}: "${id}"`);
  }
  return decoded.rowId;
}

/** Checks a YYYY-MM-DD date argument; throws a BAD_USER_INPUT error naming it otherwise. */
export function isoDate(value: string, argument: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(`${value}T00:00:00Z`) : null;
  if (!date || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) {
    throw badInput(`"${argument}" must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}
