import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { TextSpan, textSpan } from './text-span.type';
import { Node } from './node.entity';
import { Reads } from './reads.decorator';
import { QUOTE_TEXT_BYTES, Size } from './size.decorator';

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


/** One direct quote in an article, with its speaker when known. */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'A direct quote: words inside quotation marks, with who said them.' })
@Entity('quote')
export class Quote extends Node {
  @Column('integer', { name: 'article_id' })
  articleId!: number;

  @Field({ description: 'The quoted words, without the quotation marks.' })
  @Size(QUOTE_TEXT_BYTES)
  @Column('text')
  text!: string;

  @Column('integer')
  start!: number;

  @Column('integer')
  end!: number;

  /** The spans are computed from the row itself: getters, not resolvers (they cost nothing per quote of a large answer). */
  @Field(() => TextSpan, { description: 'Where the quoted words are in `Article.body` (without the marks).' })
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
