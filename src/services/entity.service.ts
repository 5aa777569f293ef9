import { DataSource } from 'typeorm';
import { NamedEntity } from '../entities/named-entity.entity';
import { Page } from '../types/page';
import { EntityCriteria } from '../types/entity-criteria';
import { EntityOrderField, Order } from '../types/order';
import { PageRequest } from '../types/page';
import { compileEntityFilter } from './entity-filter.compiler';
import { OrderingTable, orderingOf, paginate } from '../db/paginate';

const orderings: OrderingTable<EntityOrderField | 'ID'> = {
  ID: { expression: 'e.id', direction: 'ASC' },
  NAME: { expression: 'e.name_key', direction: 'ASC' },
  QUOTE_COUNT: { expression: "(SELECT COUNT(*) FROM quote WHERE quote.speaker_id = e.id AND quote.is_statement = TRUE AND quote.kind = 'DIRECT')", direction: 'DESC' },
  MENTION_COUNT: { expression: '(SELECT COUNT(*) FROM mention WHERE mention.entity_id = e.id)', direction: 'DESC' },
};

/**
 * One page of the people, organizations or locations (`entityClass`) that match `filter`, in the
 * order asked for (default: the order they were first met). `properties`: see `paginate`.
 */
export function findEntities<T extends NamedEntity>(
  dataSource: DataSource,
  entityClass: new () => T,
  filter: EntityCriteria | null | undefined,
  orderBy: Order<EntityOrderField> | null | undefined,
  args: PageRequest,
  properties?: ReadonlySet<string>,
): Promise<Page<T>> {
  const { sql, params } = compileEntityFilter(filter);
  const ordering = orderingOf(orderings, orderBy?.field ?? 'ID', orderBy?.direction, 'e.id');
  return paginate(dataSource, { entity: entityClass, alias: 'e', where: sql, params }, ordering, args, properties);
}
