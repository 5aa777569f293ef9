import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from './resolvers/article.resolver';
import { ArticleWriteResolver } from './resolvers/article-write.resolver';
import { EntityLookupResolver } from './resolvers/entity-lookup.resolver';
import { LocationResolver } from './resolvers/location.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { QuoteResolver } from './resolvers/quote.resolver';
import { QuoteStatResolver } from './resolvers/quote-stat.resolver';
import { SearchResolver } from './resolvers/search.resolver';

/** Every resolver class of the API. */
export const resolvers = [
  NodeResolver,
  ArticleResolver,
  ArticleWriteResolver,
  QuoteResolver,
  QuoteStatResolver,
  EntityLookupResolver,
  PersonResolver,
  OrganizationResolver,
  LocationResolver,
  MentionResolver,
  SearchResolver,
] as const;

/** Builds the executable schema from the decorated classes (the same one `schema.graphql` is printed from). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false });
  schema.getQueryType()!.description =
    'Reads: quotes with their speakers, articles, people, organizations and places; search, facets and lookup.';
  schema.getMutationType()!.description = 'Writes: each needs an API key (Authorization: Bearer KEY).';
  return schema;
}
