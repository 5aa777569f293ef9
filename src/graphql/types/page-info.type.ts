import { Field, ObjectType } from 'type-graphql';

/** Relay page information. */
@ObjectType({ simpleResolvers: true, description: 'Where a page lies in its connection.' })
export class PageInfo {
  @Field({ description: 'More items follow the last edge.' })
  hasNextPage!: boolean;

  @Field({ description: 'More items precede the first edge.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first edge.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last edge.' })
  endCursor!: string | null;
}
