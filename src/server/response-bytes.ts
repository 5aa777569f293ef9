import {
  DocumentNode,
  FragmentDefinitionNode,
  getNamedType,
  getNullableType,
  GraphQLCompositeType,
  GraphQLField,
  GraphQLSchema,
  isCompositeType,
  isEnumType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { SIZE_EXTENSION } from '../entities/size.decorator';

/** Items a list field without a page size (`first`) is taken to hold. */
const UNPAGED_LIST_ITEMS = 5;

/** Bytes of a value of each scalar, as JSON (a String: a short name or date; long texts declare `@Size`). */
const SCALAR_BYTES: Record<string, number> = { String: 64, ID: 24, Int: 8, Float: 12, Boolean: 5 };

/** Bytes of JSON a field of `field`'s type answers once, unless it has a selection set. */
function leafBytes(field: GraphQLField<unknown, unknown>): number {
  const named = getNamedType(field.type);
  return isEnumType(named) ? 16 : (SCALAR_BYTES[named.name] ?? 64);
}

/** The literal `first` of a field (after `withPageSizes`, every paged field has one), or null. */
function pageSize(selection: { arguments?: readonly { name: { value: string }; value: { kind: Kind; value?: unknown } }[] }): number | null {
  const first = selection.arguments?.find((arg) => arg.name.value === 'first');
  return first && first.value.kind === Kind.INT ? Number(first.value.value) : null;
}

/**
 * About how many bytes of JSON the operation of `document` answers at most in the usual case:
 * every selected field's name and value, a field's declared `@Size` (long texts) or its type's
 * size, times the page sizes (`first`) and list lengths above it. `document` must have its page
 * sizes as literals and only the operation that runs (see `withPageSizes`), and have passed validation (no fragment cycles; depth
 * within the limit, which bounds this walk's recursion).
 */
export function estimateResponseBytes(schema: GraphQLSchema, document: DocumentNode): number {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION);
  if (!operation) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  // `page`: the page size of the field above (`first`), which the list fields right under it (a
  // connection's `edges`, `nodes`) hold that many of; other lists are taken to hold UNPAGED_LIST_ITEMS.
  const walk = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, times: number, page: number | null): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
        total += times * ((selection.alias ?? selection.name).value.length + 4);
        if (!field) {
          total += times * 16; // __typename
          continue;
        }
        const declared = field.extensions?.[SIZE_EXTENSION];
        const n = times * (isListType(getNullableType(field.type)) && typeof declared !== 'number' ? (page ?? UNPAGED_LIST_ITEMS) : 1);
        const inner = getNamedType(field.type);
        if (typeof declared === 'number') total += n * declared;
        else if (selection.selectionSet && isCompositeType(inner)) total += walk(selection.selectionSet, inner, n, pageSize(selection));
        else total += n * leafBytes(field);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        if (type && isCompositeType(type)) total += walk(selection.selectionSet, type, times, page);
      } else {
        const fragment = fragments.get(selection.name.value);
        const type = fragment && schema.getType(fragment.typeCondition.name.value);
        if (fragment && type && isCompositeType(type)) total += walk(fragment.selectionSet, type, times, page);
      }
    }
    return total;
  };
  const root = schema.getRootType(operation.operation);
  return root ? walk(operation.selectionSet, root, 1, null) : 0;
}
