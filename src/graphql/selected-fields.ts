import { getNamedType, GraphQLResolveInfo, isObjectType, Kind, OperationDefinitionNode, TypeInfo, visit, visitWithTypeInfo } from 'graphql';

const cached = new WeakMap<OperationDefinitionNode, Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields the operation being executed selects on objects of the GraphQL object
 * type `typeName` (directly, or on an interface it implements), anywhere in it (its fragments included, `@skip` and `@include` ignored): a superset
 * of what will be asked of any object of that type in this operation. Worked out once per
 * operation of a parsed document; the same Set object every time, so loaders reading only these
 * fields' columns are shared by every place of the operation (one batch, as with all columns).
 */
export function operationFields(info: GraphQLResolveInfo, typeName: string): ReadonlySet<string> {
  const byType = cached.get(info.operation) ?? new Map<string, ReadonlySet<string>>();
  cached.set(info.operation, byType);
  const known = byType.get(typeName);
  if (known) return known;
  const type = info.schema.getType(typeName);
  const owners = new Set([typeName, ...(isObjectType(type) ? type.getInterfaces().map((face) => face.name) : [])]);
  const fields = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const collect = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (parent && owners.has(getNamedType(parent).name)) fields.add(node.name.value);
    },
  });
  visit(info.operation, collect);
  for (const fragment of Object.values(info.fragments)) if (fragment.kind === Kind.FRAGMENT_DEFINITION) visit(fragment, collect);
  byType.set(typeName, fields);
  return fields;
}
