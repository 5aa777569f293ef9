import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { NamedEntity } from '../../entities/named-entity.entity';
import { Context } from '../context';
import { Reads } from '../../entities/reads.decorator';

/** The fields of Mention. */
@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => NamedEntity, { description: 'The entity named.' })
  @Reads('entityId')
  entity(@Root() mention: Mention, @Ctx() { loaders }: Context): Promise<NamedEntity> {
    return loaders.entity.load(mention.entityId) as Promise<NamedEntity>;
  }

  @FieldResolver(() => Article, { description: 'The article it is in.' })
  @Reads('articleId')
  article(@Root() mention: Mention, @Ctx() { loaders }: Context): Promise<Article> {
    return loaders.article.load(mention.articleId) as Promise<Article>;
  }
}
