import { Extensions } from 'type-graphql';

/** The key under which `@Reads` records a field's properties in its GraphQL extensions. */
export const READS_EXTENSION = 'reads';

/**
 * Declares, beside a GraphQL field (an entity's getter or a resolver's field method), the entity
 * properties its resolver reads from the row, when they are not the one property of the field's
 * own name: `@Reads('start', 'end', 'text') get span()`, `@Reads('speakerId') speaker(...)`. A
 * field without it reads the property of its name, if there is one (every field also has the row
 * id). Lists and pages read only the columns of the properties the operation's fields declare.
 */
export function Reads(...properties: string[]): MethodDecorator & PropertyDecorator {
  return Extensions({ [READS_EXTENSION]: properties });
}
