import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Reads } from './reads.decorator';
import { TextSpan, textSpan } from './text-span.type';
import { MentionForm } from '../types/mention-form';

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

  @Field(() => MentionForm, { description: 'How the text names the entity: its canonical name, an alias, a surname, a first name, an acronym or a demonym.' })
  @Column('text')
  form!: MentionForm;

  @Field(() => Float, {
    description:
      'Estimated probability (0..1) that these words name this entity, of this type, over exactly this span: from the evidence of the article (a gazetteer or name list knows the name, several words, named again, a longer name around it, a headline). Mentions stored before confidences were kept read 0.75.',
  })
  @Column('real')
  confidence!: number;
}
