import { Field, ID, InterfaceType } from 'type-graphql';
import { PrimaryGeneratedColumn } from 'typeorm';
import { toGlobalId } from '../types/global-id';

/**
 * The base of every stored object: a row id in the database, and the Relay `Node` interface in
 * GraphQL, whose `id` is a global ID made from the class name and the row id.
 */
@InterfaceType('Node', { description: 'An object with a global ID, fetchable with `node(id:)`.' })
export abstract class Node {
  @PrimaryGeneratedColumn({ name: 'id' })
  rowId!: number;

  /** The type name used in global IDs (the GraphQL type name). */
  get typeName(): string {
    return this.constructor.name;
  }

  @Field(() => ID, { description: 'Global ID: opaque, stable, accepted by `node(id:)`.' })
  get id(): string {
    return toGlobalId(this.typeName, this.rowId);
  }
}
