import { ClassType, Field, Int, ObjectType } from 'type-graphql';
import { Page } from '../../types/page';
import { PageInfo } from './page-info.type';

/** The GraphQL shape shared by every connection class made by `connectionType`. */
export interface Connection<T> {
  edges: Array<{ cursor: string; node: T }>;
  pageInfo: PageInfo;
  totalCount(): Promise<number>;
}

/**
 * Makes the Relay connection type `<Name>Connection` (with `<Name>Edge`) for a node class.
 * `fromPage` turns a service's Page into it.
 */
export function connectionType<T extends object>(name: string, nodeClass: ClassType<T>) {
  @ObjectType(`${name}Edge`, { simpleResolvers: true, description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: 'Opaque cursor for `after`/`before`.' })
    cursor!: string;

    @Field(() => nodeClass, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { simpleResolvers: true, description: `A page of ${name} items.` })
  class ConnectionClass implements Connection<T> {
    @Field(() => [Edge], { description: 'The items of this page, each with its cursor.' })
    edges!: Edge[];

    @Field(() => PageInfo, { description: 'Whether more items lie before or after this page, and its first and last cursors.' })
    pageInfo!: PageInfo;

    count!: () => Promise<number>;

    @Field(() => Int, { description: 'Number of items in the whole filtered set, not only this page.' })
    totalCount(): Promise<number> {
      return this.count();
    }

    static fromPage(page: Page<T>): ConnectionClass {
      const edges = page.nodes.map((node, i) => Object.assign(new Edge(), { cursor: page.cursors[i], node }));
      return Object.assign(new ConnectionClass(), {
        edges,
        pageInfo: Object.assign(new PageInfo(), {
          hasNextPage: page.hasNextPage,
          hasPreviousPage: page.hasPreviousPage,
          startCursor: edges[0]?.cursor ?? null,
          endCursor: edges[edges.length - 1]?.cursor ?? null,
        }),
        count: page.totalCount,
      });
    }
  }
  return ConnectionClass;
}
