import { ArgsType, Field, Int } from 'type-graphql';

/** The most items one page may hold. */
export const MAX_PAGE_SIZE = 100;
/** Page size when neither `first` nor `last` is given. */
export const DEFAULT_PAGE_SIZE = 20;

/** Relay cursor arguments: `first`/`after` pages forward, `last`/`before` backward. */
@ArgsType()
export class PageArgs {
  @Field(() => Int, { nullable: true, description: `Items after \`after\` (at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items before \`before\` (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to end before.' })
  before?: string | null;
}
