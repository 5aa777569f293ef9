import { ArgsType, Field } from 'type-graphql';
import { QuoteKind } from '../../types/quote-kind';
import { PageArgs } from './page-args';

/** The arguments of a nested quote list (`Article.quotes`, `Person.quotes`...): a page, and the kinds. */
@ArgsType()
export class QuotePageArgs extends PageArgs {
  @Field(() => [QuoteKind], { nullable: true, description: 'Only quotes of these kinds; [DIRECT] when left out. `totalCount` counts these kinds.' })
  kind?: QuoteKind[] | null;
}
