import { Args, ClassType, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NamedEntity } from '../../entities/named-entity.entity';
import { Context } from '../context';
import { PageArgs } from '../types/page-args';
import { QuoteConnection } from '../types/connections';

/**
 * The fields every entity type shares, as an abstract resolver that Person, Organization and
 * Location resolvers extend: `aliases`.
 */
export function createEntityResolver<T extends NamedEntity>(entityClass: ClassType<T>) {
  @Resolver(() => entityClass)
  abstract class EntityResolver {
    @FieldResolver(() => [String], { description: "Other names it goes by: aliases, other spellings, a person's surname." })
    async aliases(@Root() entity: T, @Ctx() { loaders }: Context): Promise<string[]> {
      const names = await loaders.names.load(entity.rowId);
      return [...new Set(names.filter((n) => n.kind === 'ALIAS' || n.kind === 'SURNAME').map((n) => n.name))].filter(
        (name) => name !== entity.name,
      );
    }
  }
  return EntityResolver;
}

/** Adds `quotes`, the quotes an entity is the speaker of, to a speaker type's resolver. */
export function createSpeakerResolver<T extends NamedEntity>(entityClass: ClassType<T>) {
  @Resolver(() => entityClass)
  abstract class SpeakerResolver extends createEntityResolver(entityClass) {
    @FieldResolver(() => QuoteConnection, { description: 'Quotes this speaker said, in article order.' })
    async quotes(@Root() entity: T, @Args(() => PageArgs) args: PageArgs, @Ctx() { loaders }: Context) {
      return QuoteConnection.fromPage(await loaders.speakerQuotes.load({ parentId: entity.rowId, args }));
    }
  }
  return SpeakerResolver;
}
