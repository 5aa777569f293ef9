import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Article } from '../../entities/article.entity';
import { Mention } from '../../entities/mention.entity';
import { NamedEntity } from '../../entities/named-entity.entity';
import { Context } from '../context';
import { TextSpan, textSpan } from '../types/text-span.type';

/** The fields of Mention. */
@Resolver(() => Mention)
export class MentionResolver {
  @FieldResolver(() => NamedEntity, { description: 'The entity named.' })
  async entity(@Root() mention: Mention, @Ctx() { loaders }: Context): Promise<NamedEntity> {
    return (await loaders.entity.load(mention.entityId))!;
  }

  @FieldResolver(() => Article, { description: 'The article it is in.' })
  async article(@Root() mention: Mention, @Ctx() { loaders }: Context): Promise<Article> {
    return (await loaders.article.load(mention.articleId))!;
  }

  @FieldResolver(() => TextSpan, { description: 'The words as written ("Kiev", "Ukrainian", "Stoltenberg").' })
  span(@Root() mention: Mention): TextSpan {
    return textSpan(mention.start, mention.end, mention.text);
  }
}
