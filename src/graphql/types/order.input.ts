import { Field, InputType, registerEnumType } from 'type-graphql';

/** Ascending or descending. */
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(OrderDirection, {
  name: 'OrderDirection',
  description: 'Ascending or descending.',
  valuesConfig: { ASC: { description: 'Smallest, earliest or A first.' }, DESC: { description: 'Largest, latest or Z first.' } },
});

/** What quotes can be ordered by. */
export enum QuoteOrderField {
  POSITION = 'POSITION',
  DATE = 'DATE',
  CONFIDENCE = 'CONFIDENCE',
  RELEVANCE = 'RELEVANCE',
}
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

/** What people, organizations and places can be ordered by. */
export enum EntityOrderField {
  NAME = 'NAME',
  QUOTE_COUNT = 'QUOTE_COUNT',
  MENTION_COUNT = 'MENTION_COUNT',
}
registerEnumType(EntityOrderField, {
  name: 'EntityOrderField',
  description: 'What people, organizations and places can be ordered by.',
  valuesConfig: {
    NAME: { description: 'Canonical name, accents and case aside. Default direction ASC.' },
    QUOTE_COUNT: { description: 'How many quotes it said. Default direction DESC.' },
    MENTION_COUNT: { description: 'How often the articles name it. Default direction DESC.' },
  },
});

/** What articles can be ordered by. */
export enum ArticleOrderField {
  INGESTED = 'INGESTED',
  DATE = 'DATE',
  TITLE = 'TITLE',
}
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
export class QuoteOrder {
  @Field(() => QuoteOrderField, { description: 'What to order by.' })
  field!: QuoteOrderField;

  @Field(() => OrderDirection, { nullable: true, description: 'Default: the field\'s natural direction (see QuoteOrderField).' })
  direction?: OrderDirection | null;
}

/** An ordering of people, organizations or places. */
@InputType({ description: 'An ordering of people, organizations or places; ties are broken by ID.' })
export class EntityOrder {
  @Field(() => EntityOrderField, { description: 'What to order by.' })
  field!: EntityOrderField;

  @Field(() => OrderDirection, { nullable: true, description: "Default: the field's natural direction (see EntityOrderField)." })
  direction?: OrderDirection | null;
}

/** An ordering of articles. */
@InputType({ description: 'An ordering of articles; ties are broken by ID.' })
export class ArticleOrder {
  @Field(() => ArticleOrderField, { description: 'What to order by.' })
  field!: ArticleOrderField;

  @Field(() => OrderDirection, { nullable: true, description: "Default: the field's natural direction (see ArticleOrderField)." })
  direction?: OrderDirection | null;
}
