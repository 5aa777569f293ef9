import { Field, InputType } from 'type-graphql';
import { MAX_FILTER_CONDITIONS, MAX_FILTER_DEPTH, MAX_FILTER_LIST_ITEMS } from '../../services/filter-logic';
import { EntityCriteria } from '../../types/entity-criteria';

/** Conditions on people, organizations or places. Nest with `and`, `or`, `not`. */
@InputType({ description: `Conditions on people, organizations or places. Combine filters with \`and\`, \`or\` and \`not\`, ${MAX_FILTER_DEPTH} levels deep at most; every list holds at most ${MAX_FILTER_LIST_ITEMS} items, and a filter at most ${MAX_FILTER_CONDITIONS} filters and list items in all.` })
export class EntityFilter implements EntityCriteria {
  @Field(() => [EntityFilter], { nullable: true, description: `Every one of these filters holds (at most ${MAX_FILTER_LIST_ITEMS}).` })
  and?: EntityFilter[] | null;

  @Field(() => [EntityFilter], { nullable: true, description: `At least one of these filters holds (at most ${MAX_FILTER_LIST_ITEMS}).` })
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
