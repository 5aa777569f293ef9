import { Field, ObjectType } from 'type-graphql';
import { Column, Entity } from 'typeorm';
import { Node } from './node.entity';

/** A paragraph's offsets into the body, as stored. */
export interface StoredSpan {
  start: number;
  end: number;
}

/** One ingested news article. Spans everywhere point into its `body`. */
@ObjectType({ simpleResolvers: true, implements: Node, description: 'One news article, as ingested.' })
@Entity('article')
export class Article extends Node {
  @Field(() => String, { nullable: true, description: 'Where the article was published, when known.' })
  @Column('text', { nullable: true, unique: true })
  url!: string | null;

  @Field({ description: 'Headline.' })
  @Column('text')
  title!: string;

  @Field(() => String, { nullable: true, description: 'Standfirst (the line under the headline).' })
  @Column('text', { nullable: true })
  dek!: string | null;

  @Field(() => String, { nullable: true, description: 'Section of the site, from the breadcrumb ("Global").' })
  @Column('text', { nullable: true })
  section!: string | null;

  @Field(() => String, { nullable: true, description: 'Publication date as printed (ISO 8601: YYYY-MM-DD or a date-time).' })
  @Column('text', { name: 'published_at', nullable: true })
  publishedAt!: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or feed the article came from.' })
  @Column('text', { nullable: true })
  source!: string | null;

  @Field(() => String, { nullable: true, description: 'Caption of the lead image, without its credit.' })
  @Column('text', { name: 'image_caption', nullable: true })
  imageCaption!: string | null;

  @Field(() => String, { nullable: true, description: 'Credit of the lead image ("EFE").' })
  @Column('text', { name: 'image_credit', nullable: true })
  imageCredit!: string | null;

  @Field(() => [String], { description: 'Subheadings between body paragraphs.' })
  @Column('simple-json')
  subheadings!: string[];

  /** Not read with the rest of the row (articles are listed far more often than read in full): see ArticleResolver.body. */
  @Field({ description: 'The full text every span points into: the raw page for page-text files, `body` exactly as given for JSON.' })
  @Column('text', { select: false })
  body!: string;

  @Column('simple-json', { name: 'paragraph_spans' })
  paragraphSpans!: StoredSpan[];

  @Field({ description: 'SHA-256 of the body: the same article ingested twice is stored once.' })
  @Column('text', { name: 'content_hash', unique: true })
  contentHash!: string;

  @Field({ description: 'The file (and line) it was ingested from.' })
  @Column('text')
  origin!: string;

  @Field({ description: 'When it was ingested (ISO 8601).' })
  @Column('text', { name: 'ingested_at' })
  ingestedAt!: string;
}
