import { Field, InputType } from 'type-graphql';

/** Conditions on people, organizations or locations. */
@InputType({ description: 'Conditions on people, organizations or locations.' })
export class EntityFilter {
  @Field(() => String, {
    nullable: true,
    description: 'Name or alias, case- and accent-insensitive ("Kiev" finds Kyiv, "Stoltenberg" finds Jens Stoltenberg).',
  })
  name?: string | null;
}
