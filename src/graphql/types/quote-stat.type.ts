import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QuoteGroup, QuoteGroupCount } from '../../types/quote-group';

registerEnumType(QuoteGroup, {
  name: 'QuoteGroup',
  description: 'What quotes can be counted by.',
  valuesConfig: {
    SPEAKER: { description: 'Who said them (quotes without a known speaker are left out).' },
    ARTICLE: { description: 'The article they are in (key: its title).' },
    MONTH: { description: "The article's month, YYYY-MM (undated articles are left out)." },
    MENTIONED_PERSON: { description: 'People named in the quoted words.' },
    MENTIONED_ORGANIZATION: { description: 'Organizations named in the quoted words.' },
    MENTIONED_LOCATION: { description: 'Places named in the quoted words.' },
  },
});

/** One group of quotes and how many there are. */
@ObjectType({ simpleResolvers: true, description: 'One group of quotes (a facet value) and how many quotes it holds.' })
export class QuoteStat implements QuoteGroupCount {
  @Field({ description: "The group: the entity's name, the article's title, or the month as YYYY-MM." })
  key!: string;

  @Field(() => Int, { description: 'Quotes in the group.' })
  count!: number;

  /** The entity behind the key, for SPEAKER and MENTIONED_* groups. */
  entityId!: number | null;

  /** The article behind the key, for ARTICLE groups. */
  articleId!: number | null;
}
