import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One place in an article's body where an entity is named. */
@ObjectType({ description: 'One place in an article where an entity is named (by name, alias, surname or demonym).' })
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

  @Field(() => Int, { nullable: true, description: 'Index of the body paragraph (see `Article.paragraphs`); null in the title, dek, caption or a subheading.' })
  @Column('integer', { nullable: true })
  paragraph!: number | null;
}
