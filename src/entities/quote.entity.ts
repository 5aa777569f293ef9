import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { TextSpan, textSpan } from './text-span.type';
import { Node } from './node.entity';
import { Reads } from './reads.decorator';
import { QUOTE_TEXT_BYTES, Size } from './size.decorator';
import { QuoteKind } from '../types/quote-kind';

/** How the speaker of a quote was found. */
export enum Attribution {
  EXPLICIT = 'EXPLICIT',
  ACCORDING_TO = 'ACCORDING_TO',
  PRONOUN = 'PRONOUN',
  PHRASE = 'PHRASE',
  CONTINUATION = 'CONTINUATION',
  SUBJECT = 'SUBJECT',
  NONE = 'NONE',
}


/** One quote in an article (direct, mixed or indirect: `kind`), with its speaker when known. */
@ObjectType({
  simpleResolvers: true,
  implements: Node,
  description:
    'What someone said, with who said it: the words inside quotation marks (`kind` DIRECT), or a report of what was said (MIXED, INDIRECT). Queries return DIRECT quotes unless they name other kinds.',
})
@Entity('quote')
export class Quote extends Node {
  @Column('integer', { name: 'article_id' })
  articleId!: number;

  @Field({ description: 'The content: for a DIRECT quote the words inside the marks, without them; for MIXED and INDIRECT the reported content as written (the clause after "said (that)"), with any marks inside it.' })
  @Size(QUOTE_TEXT_BYTES)
  @Column('text')
  text!: string;

  @Column('integer')
  start!: number;

  @Column('integer')
  end!: number;

  /** The spans are computed from the row itself: getters, not resolvers (they cost nothing per quote of a large answer). */
  @Field(() => TextSpan, { description: 'Where the content (`text`) is in `Article.body` (a DIRECT quote without its marks).' })
  @Reads('start', 'end', 'text')
  get span(): TextSpan {
    return textSpan(this.start, this.end, this.text);
  }

  @Field(() => TextSpan, { nullable: true, description: 'The cue words ("said", "pointed out", "according to").' })
  @Reads('cueStart', 'cueEnd', 'cueText')
  get cue(): TextSpan | null {
    return this.cueText === null ? null : textSpan(this.cueStart!, this.cueEnd!, this.cueText);
  }

  @Field(() => TextSpan, { nullable: true, description: 'The speaker as written next to the quote: a name, "he", "the company".' })
  @Reads('speakerMentionStart', 'speakerMentionEnd', 'speakerMentionText')
  get speakerMention(): TextSpan | null {
    return this.speakerMentionText === null ? null : textSpan(this.speakerMentionStart!, this.speakerMentionEnd!, this.speakerMentionText);
  }

  @Field(() => Int, { nullable: true, description: 'Index of the body paragraph that holds it (see `Article.paragraphs`).' })
  @Column('integer', { nullable: true })
  paragraph!: number | null;

  @Column('integer', { name: 'cue_start', nullable: true })
  cueStart!: number | null;

  @Column('integer', { name: 'cue_end', nullable: true })
  cueEnd!: number | null;

  @Column('text', { name: 'cue_text', nullable: true })
  cueText!: string | null;

  @Column('integer', { name: 'speaker_mention_start', nullable: true })
  speakerMentionStart!: number | null;

  @Column('integer', { name: 'speaker_mention_end', nullable: true })
  speakerMentionEnd!: number | null;

  @Column('text', { name: 'speaker_mention_text', nullable: true })
  speakerMentionText!: string | null;

  @Column('integer', { name: 'speaker_id', nullable: true })
  speakerId!: number | null;

  /** The article's publication date, copied here so quotes order and filter by date without a join. */
  @Column('text', { name: 'published_at', nullable: true })
  publishedAt!: string | null;

  @Field(() => QuoteKind, {
    description:
      'DIRECT, MIXED or INDIRECT. The pieces of one statement are separate quotes: a MIXED statement and the DIRECT quote inside it are two quotes whose spans nest (the DIRECT span lies inside the MIXED one), said by the same speaker, so the DIRECT words stay findable as DIRECT.',
  })
  @Column('text')
  kind!: QuoteKind;

  @Field(() => Attribution, { description: 'How the speaker was found.' })
  @Column('text')
  attribution!: Attribution;

  @Field(() => Float, { description: 'Estimated probability (0..1) that the speaker is right.' })
  @Column('real')
  confidence!: number;

  @Field({ description: 'False for scare quotes and quoted titles (a so-called “peace plan”), which default queries leave out.' })
  @Column('boolean', { name: 'is_statement' })
  isStatement!: boolean;
}
