import { getNamedType, GraphQLResolveInfo, isInterfaceType, isObjectType, Kind, OperationDefinitionNode, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { READS_EXTENSION } from '../entities/reads.decorator';

const cached = new WeakMap<OperationDefinitionNode, Map<string, ReadonlySet<string>>>();

/**
 * The entity properties that the operation being executed reads of objects of the GraphQL object
 * type `typeName`: for every field it selects on that type (directly, or on an interface it
 * implements), anywhere in it (its fragments included, `@skip` and `@include` ignored), the
 * properties the field declares with `@Reads`, or the property of its own name. A superset of
 * what any object of that type will be asked in this operation. Worked out once per operation of
 * a parsed document; the same Set object every time, so that loaders reading only these columns
 * are shared by every place of the operation (one batch, as with all columns).
 */
export function operationReads(info: GraphQLResolveInfo, typeName: string): ReadonlySet<string> {
  const byType = cached.get(info.operation) ?? new Map<string, ReadonlySet<string>>();
  cached.set(info.operation, byType);
  const known = byType.get(typeName);
  if (known) return known;
  const type = info.schema.getType(typeName);
  const owners = new Set([typeName, ...(isObjectType(type) ? type.getInterfaces().map((face) => face.name) : [])]);
  const fields = isObjectType(type) || isInterfaceType(type) ? type.getFields() : {};
  /** The properties a field reads: those its `@Reads` declares, else the one of its name. */
  const readsOf = (field: string) => (fields[field]?.extensions?.[READS_EXTENSION] as readonly string[] | undefined) ?? [field];
  const properties = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const collect = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (parent && owners.has(getNamedType(parent).name)) for (const property of readsOf(node.name.value)) properties.add(property);
    },
  });
  visit(info.operation, collect);
  for (const fragment of Object.values(info.fragments)) if (fragment.kind === Kind.FRAGMENT_DEFINITION) visit(fragment, collect);
  byType.set(typeName, properties);
  return properties;
}
