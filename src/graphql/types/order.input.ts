import { Field, InputType, registerEnumType } from 'type-graphql';
import { ArticleOrderField, EntityOrderField, Order, OrderDirection, QuoteOrderField } from '../../types/order';

registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending.',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first.' }, DESC: { description: 'Largest, latest or Z first.' } },
});

registerEnumType(QuoteOrderField, {
  name: 'QuoteOrderField',
  description: 'What quotes can be ordered by.',
  valuesConfig: {
    POSITION: { description: 'Article by article (in ingest order), then in text order. Default direction ASC.' },
    DATE: { description: "The article's publication date (undated last when descending). Default direction DESC." },
    CONFIDENCE: { description: 'Speaker confidence. Default direction DESC.' },
    RELEVANCE: { description: 'Full-text rank of the `text` filter (bm25); needs `filter.text`. Default direction DESC.' },
  },
});

registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'What people, organizations and places can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Canonical name, accents and case aside. Default direction ASC.' },
    QUOTE_COUNT: { description: 'How many DIRECT quotes it said. Default direction DESC.' },
    MENTION_COUNT: { description: 'How often the articles name it. Default direction DESC.' },
  },
});

registerEnumType(ArticleOrderField, {
  name: 'ArticleOrderField',
  description: 'What articles can be ordered by.',
  valuesConfig: {
    INGESTED: { description: 'The order they were ingested in. Default direction ASC.' },
    DATE: { description: 'Publication date (undated last when descending). Default direction DESC.' },
    TITLE: { description: 'Title, case aside. Default direction ASC.' },
  },
});

/** An ordering of quotes. */
@InputType({ description: 'An ordering of quotes; ties are broken by position, so pages never repeat or skip.' })
export class QuoteOrder implements Order<QuoteOrderField> {
  @Field(() => QuoteOrderField, { description: 'What to order by.' })
  field!: QuoteOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Default: the field\'s natural direction (see QuoteOrderField).' })
  direction?: OrderDirection | null;
}

/** An ordering of people, organizations or places. */
@InputType({ description: 'An ordering of people, organizations or places; ties are broken by ID.' })
export class EntityOrder implements Order<EntityOrderField> {
  @Field(() => EntityOrderField, { description: 'What to order by.' })
  field!: EntityOrderField;

  @Field(() => OrderDirection, { nullable: true, description: "Default: the field's natural direction (see EntityOrderField)." })
  direction?: OrderDirection | null;
}

/** An ordering of articles. */
@InputType({ description: 'An ordering of articles; ties are broken by ID.' })
export class ArticleOrder implements Order<ArticleOrderField> {
  @Field(() => ArticleOrderField, { description: 'What to order by.' })
  field!: ArticleOrderField;

  @Field(() => OrderDirection, { nullable: true, description: "Default: the field's natural direction (see ArticleOrderField)." })
  direction?: OrderDirection | null;
}
