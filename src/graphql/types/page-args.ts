import { ArgsType, Field, Int } from 'type-graphql';
import { MAX_PAGE_SIZE, PageRequest } from '../../types/page';

/** Relay cursor arguments: `first`/`after` pages forward, `last`/`before` backward. */
@ArgsType()
export class PageArgs implements PageRequest {
  @Field(() => Int, { nullable: true, description: `Items after \`after\` (at most ${MAX_PAGE_SIZE}).` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to start after.' })
  after?: string | null;

  @Field(() => Int, { nullable: true, description: `Items before \`before\` (at most ${MAX_PAGE_SIZE}).` })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the item to end before.' })
  before?: string | null;
}
