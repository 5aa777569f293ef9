import { Field, InputType } from 'type-graphql';
import { EntityCriteria } from '../../types/entity-criteria';

/** Conditions on people, organizations or places. Nest with `and`, `or`, `not`. */
@InputType({ description: 'Conditions on people, organizations or places. Combine filters with `and`, `or` and `not`.' })
export class EntityFilter implements EntityCriteria {
  @Field(() => [EntityFilter], { nullable: true, description: 'Every one of these filters holds.' })
  and?: EntityFilter[] | null;

  @Field(() => [EntityFilter], { nullable: true, description: 'At least one of these filters holds.' })
  or?: EntityFilter[] | null;

  @Field(() => EntityFilter, { nullable: true, description: 'This filter does not hold.' })
  not?: EntityFilter | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name or alias, case- and accent-insensitive ("Kiev" finds Kyiv, "Stoltenberg" finds Jens Stoltenberg).',
  })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'Named in the same article as this entity (by name or alias).' })
  mentionedWith?: string | null;

  @Field(() => String, { nullable: true, description: 'Places only: lies within this place, at any depth ("Ukraine" gives Kyiv and Crimea).' })
  within?: string | null;
}
