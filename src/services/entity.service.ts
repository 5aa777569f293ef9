import { DataSource } from 'typeorm';
import { NamedEntity } from '../entities/named-entity.entity';
import { Page } from '../graphql/types/connection.type';
import { EntityFilter } from '../graphql/types/entity-filter.input';
import { PageArgs } from '../graphql/types/page-args';
import { nameKey } from './name-key';
import { paginate } from './paginate';
import { entitiesNamed } from './quote-filter.compiler';

/**
 * One page of the people, organizations or locations (`entityClass`) that match `filter`, in
 * creation order. A name filter matches the canonical name or any alias, surname or demonym.
 */
export function findEntities<T extends NamedEntity>(
  dataSource: DataSource,
  entityClass: new () => T,
  filter: EntityFilter | null | undefined,
  args: PageArgs,
): Promise<Page<T>> {
  const query = dataSource.getRepository(entityClass).createQueryBuilder('e');
  if (filter?.name != null) query.andWhere(`e.id IN (${entitiesNamed('name')})`, { name: nameKey(filter.name) });
  return paginate(query, 'e.id', args);
}
