import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { Node } from '../../entities/node.entity';
import { Context } from '../context';
import { fromGlobalId } from '../../types/global-id';

/** `node(id)`: any object by its global ID. */
@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any object by its global ID; null when there is none.' })
  async node(@Arg('id', () => ID, { description: 'A global ID from any object of this API.' }) id: string, @Ctx() { loaders }: Context): Promise<Node | null> {
    const decoded = fromGlobalId(id);
    if (!decoded) return null;
    const loader =
      decoded.type === 'Article' ? loaders.article : decoded.type === 'Quote' ? loaders.quote : loaders.entity;
    const found: Node | null = await loader.load(decoded.rowId);
    return found?.typeName === decoded.type ? found : null;
  }
}
