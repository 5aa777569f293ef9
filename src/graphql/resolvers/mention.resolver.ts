import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { NamedEntity } from '../../entities/named-entity.entity';
import { Context } from '../context';
import { Reads } from '../../entities/reads.decorator';
import { entityReads } from './entity-reads';
import { articleOf } from './joined-reads';
import { joinedOf } from '../../types/joined-read';

/** Mention.entity: the entity read with the mention (see joinsOf), else loaded by id. */
export function mentionEntity(mention: Mention, { loaders }: Context, info: GraphQLResolveInfo): NamedEntity | Promise<NamedEntity> {
  const joined = joinedOf<NamedEntity>(mention, 'entity');
  if (joined !== undefined) return joined as NamedEntity;
  return loaders.entityReading(entityReads(info)).load(mention.entityId) as Promise<NamedEntity>;
}

/** The fields of Mention (resolved by plain calls when executed: see lean-fields.ts). */
@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => NamedEntity, { description: 'The entity named.' })
  @Reads('entityId')
  entity(@Root() mention: Mention, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): NamedEntity | Promise<NamedEntity> {
    return mentionEntity(mention, context, info);
  }

  @FieldResolver(() => Article, { description: 'The article it is in.' })
  @Reads('articleId')
  article(@Root() mention: Mention, @Ctx() context: Context, @Info() info: GraphQLResolveInfo): Article | Promise<Article> {
    return articleOf(mention, context, info);
  }
}
