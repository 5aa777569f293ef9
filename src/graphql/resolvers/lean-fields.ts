import { GraphQLFieldResolver, GraphQLSchema, isObjectType } from 'graphql';
import { Mention } from '../../entities/mention.entity';
import { Quote } from '../../entities/quote.entity';
import { Context } from '../context';
import { articleOf } from './joined-reads';
import { quoteSpeaker } from './quote.resolver';

/**
 * Fields that one answer resolves hundreds of times (Q2: 457 mentions, 155 quotes), resolved by a
 * plain call of the code their type-graphql resolvers run, or (null) read as a property, the
 * entity's getter (the decorated resolvers and getters stay: they declare the schema, its
 * descriptions and `@Reads`). type-graphql's resolver makes a data object, checks the root's
 * class, and sorts and maps the parameter list on every call: about 1 µs and a few hundred bytes
 * of garbage a field (Q2: a quarter of what a request allocated); and graphql-jit reads a field
 * without a resolver inline, where it makes a resolve info, a path and three closures for each
 * call of one. None of these has an argument, a middleware or a guard: nothing type-graphql does
 * for them is skipped. Their roots are always instances of their class (entityReader builds them).
 */
const LEAN_FIELDS: Record<string, GraphQLFieldResolver<never, Context> | null> = {
  // Every read of mentions (an article's, a quote's) joins their entity when the operation selects it: the property is there.
  'Mention.entity': null,
  'Mention.article': (mention: Mention, _args, context, info) => articleOf(mention, context, info),
  'Mention.span': null,
  'Quote.speaker': (quote: Quote, _args, context, info) => quoteSpeaker(quote, context, info),
  'Quote.article': (quote: Quote, _args, context, info) => articleOf(quote, context, info),
  'Quote.span': null,
  'Quote.cue': null,
  'Quote.speakerMention': null,
};

/** Puts the resolvers of LEAN_FIELDS in place of type-graphql's in `schema` (none for a property); throws if one of these fields has none (renamed, or no longer a resolver). */
export function useLeanFields(schema: GraphQLSchema): void {
  for (const [path, resolve] of Object.entries(LEAN_FIELDS)) {
    const [typeName, fieldName] = path.split('.');
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`${path} has no resolver in the schema to replace (see lean-fields.ts)`);
    field.resolve = (resolve ?? undefined) as GraphQLFieldResolver<unknown, unknown> | undefined;
  }
}
