import { GraphQLResolveInfo } from 'graphql';
import { Ctx, FieldResolver, Info, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { NamedEntity } from '../../entities/named-entity.entity';
import { Context } from '../context';
import { Reads } from '../../entities/reads.decorator';
import { operationReads } from '../operation-reads';
import { entityReads } from './entity-reads';
import { joinedOf } from '../../types/joined-read';

/** The fields of Mention. */
@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => NamedEntity, { description: 'The entity named.' })
  @Reads('entityId')
  entity(@Root() mention: Mention, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): NamedEntity | Promise<NamedEntity> {
    const joined = joinedOf<NamedEntity>(mention, 'entity');
    if (joined !== undefined) return joined!;
    return loaders.entityReading(entityReads(info)).load(mention.entityId) as Promise<NamedEntity>;
  }

  @FieldResolver(() => Article, { description: 'The article it is in.' })
  @Reads('articleId')
  article(@Root() mention: Mention, @Ctx() { loaders }: Context, @Info() info: GraphQLResolveInfo): Article | Promise<Article> {
    const joined = joinedOf<Article>(mention, 'article');
    if (joined !== undefined) return joined!;
    return loaders.articleReading(operationReads(info, 'Article')).load(mention.articleId) as Promise<Article>;
  }
}
