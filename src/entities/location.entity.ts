import { Field, Int, ObjectType } from 'type-graphql';
import { ChildEntity, Column } from 'typeorm';
import { NamedEntity } from './named-entity.entity';
import { Node } from './node.entity';

/** A place: a country, city, region, sea...; places nest (`within`). */
@ObjectType({ simpleResolvers: true, implements: [Node, NamedEntity], description: 'A place named in the articles; places nest (Kyiv within Ukraine).' })
@ChildEntity('LOCATION')
export class Location extends NamedEntity {
  @Field(() => String, { nullable: true, description: 'country, city, region, sea, ...' })
  @Column('text', { nullable: true })
  kind!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2 code of its country ("UA").' })
  @Column('text', { name: 'country_code', nullable: true })
  countryCode!: string | null;

  @Field(() => Int, { nullable: true, description: 'GeoNames ID of a city the gazetteer knows (703448 for Kyiv: https://www.geonames.org/703448); null for countries (see `countryCode`) and other places.' })
  @Column('integer', { name: 'geonames_id', nullable: true })
  geonamesId!: number | null;

  @Column('integer', { name: 'within_id', nullable: true })
  withinId!: number | null;
}
