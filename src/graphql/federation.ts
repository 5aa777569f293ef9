import { buildSubgraphSchema } from '@apollo/subgraph';
import { GraphQLResolverMap } from '@apollo/subgraph/dist/schema-helper';
import { DirectiveNode, DocumentNode, GraphQLSchema, Kind, parse, printSchema, visit } from 'graphql';
import { createResolversMap } from 'type-graphql';
import { Context } from './context';
import { fromGlobalId } from '../types/global-id';

/** The types other subgraphs can reference and extend, each keyed by its global ID. */
export const ENTITY_TYPES = ['Article', 'Person', 'Organization', 'Location'] as const;

const keyDirective: DirectiveNode = {
  kind: Kind.DIRECTIVE,
  name: { kind: Kind.NAME, value: 'key' },
  arguments: [{ kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'fields' }, value: { kind: Kind.STRING, value: 'id' } }],
};

/** The schema's SDL as a Federation 2 subgraph: `@link` to the federation spec, `@key(fields: "id")` on each entity type. */
export function subgraphTypeDefs(schema: GraphQLSchema): DocumentNode {
  const withKeys = visit(parse(printSchema(schema)), {
    ObjectTypeDefinition(node) {
      return (ENTITY_TYPES as readonly string[]).includes(node.name.value) ? { ...node, directives: [...(node.directives ?? []), keyDirective] } : undefined;
    },
  });
  const link = parse('extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])');
  return { ...withKeys, definitions: [...link.definitions, ...withKeys.definitions] };
}

/**
 * The gateway's schema as an Apollo Federation subgraph (NEWSGRAPH_FEDERATION=true): the same
 * types and resolvers, plus `_service { sdl }` and `_entities`, which resolves Article, Person,
 * Organization and Location references by global ID through the request's DataLoaders (null for
 * an ID of another type or of nothing stored).
 */
export function buildFederatedSchema(schema: GraphQLSchema): GraphQLSchema {
  const resolvers = createResolversMap(schema) as GraphQLResolverMap<Context>;
  for (const type of ENTITY_TYPES) {
    resolvers[type] = {
      ...(resolvers[type] as object),
      __resolveReference: async ({ id }: { id: string }, { loaders }: Context) => {
        const decoded = fromGlobalId(id);
        if (decoded?.type !== type) return null;
        const found = type === 'Article' ? await loaders.article.load(decoded.rowId) : await loaders.entity.load(decoded.rowId);
        return found?.typeName === type ? found : null;
      },
    } as never;
  }
  return buildSubgraphSchema({ typeDefs: subgraphTypeDefs(schema), resolvers: resolvers as GraphQLResolverMap<unknown> });
}
