import { DataSource } from 'typeorm';
import { Article } from '../entities/article.entity';
import { Page } from '../graphql/types/connection.type';
import { PageArgs } from '../graphql/types/page-args';
import { paginate } from './paginate';

/** One page of all articles, in ingest order. */
export function findArticles(dataSource: DataSource, args: PageArgs): Promise<Page<Article>> {
  return paginate(dataSource.getRepository(Article).createQueryBuilder('a'), 'a.id', args);
}

/** Whether the store holds no article yet. */
export async function isStoreEmpty(dataSource: DataSource): Promise<boolean> {
  return !(await dataSource.getRepository(Article).createQueryBuilder('a').limit(1).getExists());
}
