import { getNamedType, GraphQLResolveInfo, Kind, OperationDefinitionNode, TypeInfo, visit, visitWithTypeInfo } from 'graphql';
import { joinedOf, JoinedRead } from '../../types/joined-read';
import { Article } from '../../entities/article.entity';
import { Context } from '../context';
import { NamedEntity } from '../../entities/named-entity.entity';
import { operationReads } from '../operation-reads';
import { entityReads } from './entity-reads';

const selections = new WeakMap<OperationDefinitionNode, ReadonlySet<string>>();

/** The fields the operation being executed selects anywhere (its fragments included), as "Type.field" of the object or interface type they are selected on. */
function selectedFields(info: GraphQLResolveInfo): ReadonlySet<string> {
  const known = selections.get(info.operation);
  if (known) return known;
  const fields = new Set<string>();
  const typeInfo = new TypeInfo(info.schema);
  const collect = visitWithTypeInfo(typeInfo, {
    Field(node) {
      const parent = typeInfo.getParentType();
      if (parent) fields.add(`${getNamedType(parent).name}.${node.name.value}`);
    },
  });
  visit(info.operation, collect);
  for (const fragment of Object.values(info.fragments)) if (fragment.kind === Kind.FRAGMENT_DEFINITION) visit(fragment, collect);
  selections.set(info.operation, fields);
  return fields;
}

/** The relations of a type that a read of its rows can join: the field, the property holding the id, and what the joined row is. */
interface Relation {
  field: string;
  via: string;
  entity: JoinedRead['entity'];
  properties: (info: GraphQLResolveInfo) => ReadonlySet<string>;
}

const ENTITY = (field: string, via: string): Relation => ({ field, via, entity: NamedEntity, properties: entityReads });
const ARTICLE: Relation = { field: 'article', via: 'articleId', entity: Article, properties: (info) => operationReads(info, 'Article') };

/** What each row type's relations are (their resolvers look the joined rows up with `joinedOf(row, field)`). */
const RELATIONS: Record<'Quote' | 'Mention', readonly Relation[]> = {
  Quote: [ENTITY('speaker', 'speakerId'), ARTICLE],
  Mention: [ENTITY('entity', 'entityId'), ARTICLE],
};

const made = new WeakMap<OperationDefinitionNode, Map<string, readonly JoinedRead[]>>();

/**
 * The rows that a read of `type` rows joins in the operation being executed (see JoinedRead): for
 * each of its relations that the operation selects anywhere (a quote's speaker and article, a
 * mention's entity and article), the related row with the columns the operation reads of it. So
 * Q2's quotes come with their speakers and its mentions with their entities in the same
 * statements, and their resolvers need no load. The same array for every call in one operation.
 */
export function joinsOf(info: GraphQLResolveInfo, type: keyof typeof RELATIONS): readonly JoinedRead[] {
  const byType = made.get(info.operation) ?? new Map<string, readonly JoinedRead[]>();
  made.set(info.operation, byType);
  const known = byType.get(type);
  if (known) return known;
  const selected = selectedFields(info);
  const joins = RELATIONS[type]
    .filter((relation) => selected.has(`${type}.${relation.field}`))
    .map((relation) => ({ name: relation.field, entity: relation.entity, via: relation.via, properties: relation.properties(info) }));
  byType.set(type, joins);
  return joins;
}

/** Quote.article and Mention.article: the article read with the row (see joinsOf), else loaded by id with the columns the operation reads. */
export function articleOf(row: { articleId: number }, { loaders }: Context, info: GraphQLResolveInfo): Article | Promise<Article> {
  const joined = joinedOf<Article>(row, 'article');
  if (joined !== undefined) return joined as Article;
  return loaders.articleReading(operationReads(info, 'Article')).load(row.articleId) as Promise<Article>;
}
