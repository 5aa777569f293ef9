import { GraphQLResolveInfo, OperationDefinitionNode } from 'graphql';
import { operationReads } from '../operation-reads';

/** The concrete types an `entity` row can be (its `type` column picks the class). */
const ENTITY_TYPES = ['Person', 'Organization', 'Location'];

const cached = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();

/**
 * The entity properties that the operation being executed reads of any entity, whatever its type:
 * the union of `operationReads` over Person, Organization and Location (each with the Entity and
 * Node interfaces). For loading entities by id where the type is known only once the row is read
 * (a quote's speaker, a mention's entity). The same Set object for every call in one operation,
 * so that the loaders reading these columns are one per operation (one batch).
 */
export function entityReads(info: GraphQLResolveInfo): ReadonlySet<string> {
  const known = cached.get(info.operation);
  if (known) return known;
  const properties = new Set(ENTITY_TYPES.flatMap((type) => [...operationReads(info, type)]));
  cached.set(info.operation, properties);
  return properties;
}
