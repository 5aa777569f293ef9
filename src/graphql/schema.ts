import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { ArticleResolver } from './resolvers/article.resolver';
import { LocationResolver } from './resolvers/location.resolver';
import { MentionResolver } from './resolvers/mention.resolver';
import { NodeResolver } from './resolvers/node.resolver';
import { OrganizationResolver } from './resolvers/organization.resolver';
import { PersonResolver } from './resolvers/person.resolver';
import { QuoteResolver } from './resolvers/quote.resolver';

/** Every resolver class of the API. */
export const resolvers = [
  NodeResolver,
  ArticleResolver,
  QuoteResolver,
  PersonResolver,
  OrganizationResolver,
  LocationResolver,
  MentionResolver,
] as const;

/** Builds the executable schema from the decorated classes (the same one `schema.graphql` is printed from). */
export function createSchema(): Promise<GraphQLSchema> {
  return buildSchema({ resolvers, validate: false });
}
