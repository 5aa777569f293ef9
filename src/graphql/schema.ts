import 'reflect-metadata';
import { GraphQLSchema } from 'graphql';
import { buildSchema, PubSub } from 'type-graphql';
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
import { QuoteSubscriptionResolver } from './resolvers/quote-subscription.resolver';
import { SearchResolver } from './resolvers/search.resolver';
import { useLeanFields } from './resolvers/lean-fields';
import './types/attribution.enum';
import './types/quote-kind.enum';
import './types/mention-form.enum';

/** Every resolver class of the API. */
export const resolvers = [
  NodeResolver,
  ArticleResolver,
  ArticleWriteResolver,
  QuoteResolver,
  QuoteStatResolver,
  QuoteSubscriptionResolver,
  EntityLookupResolver,
  PersonResolver,
  OrganizationResolver,
  LocationResolver,
  MentionResolver,
  SearchResolver,
] as const;

/**
 * type-graphql asks for a PubSub whenever the schema has subscriptions, but every subscription
 * here brings its own `subscribe` function (a filtered feed of stored quotes), so no topic is used.
 */
const noTopics: PubSub = {
  publish() {
    throw new Error('newsgraph subscriptions have their own subscribe functions: there are no topics to publish to');
  },
  subscribe() {
    throw new Error('newsgraph subscriptions have their own subscribe functions: there are no topics to subscribe to');
  },
};

/** Builds the executable schema from the decorated classes (the same one `schema.graphql` is printed from). */
export async function createSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({ resolvers, validate: false, pubSub: noTopics });
  useLeanFields(schema);
  schema.getQueryType()!.description =
    'Reads: quotes with their speakers, articles, people, organizations and places; search, facets and lookup.';
  schema.getMutationType()!.description = 'Writes: each needs an API key (Authorization: Bearer KEY).';
  schema.getSubscriptionType()!.description = 'Live feeds, over graphql-ws (WebSocket) on the same URL as queries.';
  return schema;
}
