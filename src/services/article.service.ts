import { DataSource } from 'typeorm';
import { dialectOf, sqlRows } from '../db/dialect';
import { Article } from '../entities/article.entity';
import { ArticleCriteria } from '../types/article-criteria';
import { Page } from '../types/page';
import { ArticleOrderField, Order } from '../types/order';
import { PageRequest } from '../types/page';
import { compileArticleFilter } from './article-filter.compiler';
import { OrderingTable, orderingOf, paginate } from '../db/paginate';

const orderings: OrderingTable<ArticleOrderField> = {
  INGESTED: { expression: 'a.id', direction: 'ASC' },
  DATE: { expression: 'a.published_at', direction: 'DESC', nullable: true },
  TITLE: { expression: 'lower(a.title)', direction: 'ASC' },
};

/**
 * One page of the articles that match `filter`, in the order asked for (default: ingest order).
 * `maxSearchTerms`: the cap on the filter's full-text terms (see `compileArticleFilter`); `properties`: see `paginate`.
 */
export function findArticles(
  dataSource: DataSource,
  filter: ArticleCriteria | null | undefined,
  orderBy: Order<ArticleOrderField> | null | undefined,
  args: PageRequest,
  maxSearchTerms: number,
  properties?: ReadonlySet<string>,
): Promise<Page<Article>> {
  const { sql, params } = compileArticleFilter(filter, dialectOf(dataSource), maxSearchTerms);
  const ordering = orderingOf(orderings, orderBy?.field ?? ArticleOrderField.INGESTED, orderBy?.direction, 'a.id');
  return paginate(dataSource, { entity: Article, alias: 'a', where: sql, params }, ordering, args, properties);
}

/** Whether the store holds no article yet. */
export async function isStoreEmpty(dataSource: DataSource): Promise<boolean> {
  return (await sqlRows(dataSource, 'SELECT 1 AS found FROM article LIMIT 1')).length === 0;
}
