import { DataSource } from 'typeorm';
import { NamedEntity } from '../entities/named-entity.entity';
import { Page } from '../graphql/types/connection.type';
import { EntityFilter } from '../graphql/types/entity-filter.input';
import { EntityOrder, EntityOrderField } from '../graphql/types/order.input';
import { PageArgs } from '../graphql/types/page-args';
import { compileEntityFilter } from './entity-filter.compiler';
import { OrderingTable, orderingOf, paginate } from './paginate';

const orderings: OrderingTable<EntityOrderField | 'ID'> = {
  ID: { expression: 'e.id', direction: 'ASC' },
  NAME: { expression: 'e.name_key', direction: 'ASC' },
  QUOTE_COUNT: { expression: '(SELECT COUNT(*) FROM quote WHERE quote.speaker_id = e.id AND quote.is_statement = TRUE)', direction: 'DESC' },
  MENTION_COUNT: { expression: '(SELECT COUNT(*) FROM mention WHERE mention.entity_id = e.id)', direction: 'DESC' },
};

/**
 * One page of the people, organizations or locations (`entityClass`) that match `filter`, in the
 * order asked for (default: the order they were first met). `fields`: see `paginate`.
 */
export function findEntities<T extends NamedEntity>(
  dataSource: DataSource,
  entityClass: new () => T,
  filter: EntityFilter | null | undefined,
  orderBy: EntityOrder | null | undefined,
  args: PageArgs,
  fields?: ReadonlySet<string>,
): Promise<Page<T>> {
  const query = dataSource.getRepository(entityClass).createQueryBuilder('e');
  const { sql, params } = compileEntityFilter(filter);
  query.where(sql, params);
  return paginate(query, orderingOf(orderings, orderBy?.field ?? 'ID', orderBy?.direction, 'e.id'), args, fields);
}
