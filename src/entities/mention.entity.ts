import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Reads } from './reads.decorator';
import { TextSpan, textSpan } from './text-span.type';

/** One place in an article's body where an entity is named. */
@ObjectType({ simpleResolvers: true, description: 'One place in an article where an entity is named (by name, alias, surname or demonym).' })
@Entity('mention')
export class Mention {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'article_id' })
  articleId!: number;

  @Column('integer', { name: 'entity_id' })
  entityId!: number;

  @Column('integer')
  start!: number;

  @Column('integer')
  end!: number;

  @Column('text')
  text!: string;

  /** Computed from the row itself: a getter, not a resolver (it costs nothing per mention of a large answer). */
  @Field(() => TextSpan, { description: 'The words as written ("Kiev", "Ukrainian", "Stoltenberg").' })
  @Reads('start', 'end', 'text')
  get span(): TextSpan {
    return textSpan(this.start, this.end, this.text);
  }

  @Field(() => Int, { nullable: true, description: 'Index of the body paragraph (see `Article.paragraphs`); null in the title, dek, caption or a subheading.' })
  @Column('integer', { nullable: true })
  paragraph!: number | null;
}
