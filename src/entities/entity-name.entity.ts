import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** What a name of an entity is: its canonical name, an alias, a person's surname, a place's demonym. */
export type EntityNameKind = 'NAME' | 'ALIAS' | 'SURNAME' | 'DEMONYM';

/** One name an entity goes by; `key` is the folded form that lookups match. */
@Entity('entity_name')
export class EntityName {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column('integer', { name: 'entity_id' })
  entityId!: number;

  @Column('text')
  kind!: EntityNameKind;

  @Column('text')
  name!: string;

  @Column('text')
  key!: string;
}
