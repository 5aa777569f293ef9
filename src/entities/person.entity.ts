import { Field, ObjectType } from 'type-graphql';
import { ChildEntity, Column } from 'typeorm';
import { NamedEntity } from './named-entity.entity';
import { Node } from './node.entity';

/** A person named in the news; a possible speaker of quotes. */
@ObjectType({ simpleResolvers: true, implements: [Node, NamedEntity], description: 'A person named in the articles.' })
@ChildEntity('PERSON')
export class Person extends NamedEntity {
  @Field(() => String, { nullable: true, description: 'Title or office, such as "Secretary General".' })
  @Column('text', { nullable: true })
  role!: string | null;

  @Column('integer', { name: 'affiliation_id', nullable: true })
  affiliationId!: number | null;
}
