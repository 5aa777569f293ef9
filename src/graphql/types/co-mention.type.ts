import { Field, Int, ObjectType } from 'type-graphql';
import { NamedEntity } from '../../entities/named-entity.entity';

/** An entity named in the same articles as another, and in how many. */
@ObjectType({ simpleResolvers: true, description: 'An entity named in the same articles as another one, and in how many of them.' })
export class CoMention {
  @Field(() => NamedEntity, { description: 'The other entity.' })
  entity!: NamedEntity;

  @Field(() => Int, { description: 'Articles that name both.' })
  articles!: number;
}
