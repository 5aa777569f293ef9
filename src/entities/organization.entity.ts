import { ObjectType } from 'type-graphql';
import { ChildEntity } from 'typeorm';
import { NamedEntity } from './named-entity.entity';
import { Node } from './node.entity';

/** An organization named in the news; a possible speaker of quotes. */
@ObjectType({ simpleResolvers: true, implements: [Node, NamedEntity], description: 'An organization named in the articles (NATO, EFE).' })
@ChildEntity('ORGANIZATION')
export class Organization extends NamedEntity {}
