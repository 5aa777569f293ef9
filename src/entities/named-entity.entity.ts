import { Field, Int, InterfaceType } from 'type-graphql';
import { Column, Entity, TableInheritance } from 'typeorm';
import { Node } from './node.entity';

/** The kinds of named entity, stored in `entity.type`. */
export type EntityKind = 'PERSON' | 'ORGANIZATION' | 'LOCATION';

/**
 * A canonical person, organization or location (one table, `type` tells which). Its names,
 * aliases and demonyms live in `entity_name`, where lookups match them case- and accent-insensitively.
 */
@InterfaceType('Entity', { implements: Node, description: 'A person, organization or location, with the names it goes by.' })
@Entity('entity')
@TableInheritance({ column: { type: 'text', name: 'type' } })
export abstract class NamedEntity extends Node {
  @Column('text')
  type!: EntityKind;

  @Field({ description: 'Canonical name ("Jens Stoltenberg", "NATO", "Kyiv").' })
  @Column('text')
  name!: string;

  @Field(() => [String], { description: 'Other names it goes by: aliases, other spellings, a person\'s surname.' })
  aliases?: string[];

  @Field(() => Int, { description: 'How many quotes it said (always 0 for places).' })
  quoteCount?: number;

  @Field(() => Int, { description: 'How often the articles name it.' })
  mentionCount?: number;

  /** `name` folded for matching (see nameKey). */
  @Column('text', { name: 'name_key' })
  nameKey!: string;
}
