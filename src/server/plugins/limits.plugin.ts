import { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import {
  ArgumentNode,
  DefinitionNode,
  DocumentNode,
  GraphQLError,
  GraphQLSchema,
  Kind,
  OperationDefinitionNode,
  TypeInfo,
  TypeNode,
  validate,
  ValidationContext,
  ValidationRule,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
} from 'graphql';
import { Limits } from '../../config/config';
import { DEFAULT_PAGE_SIZE } from '../../types/page';
import { estimateResponseBytes } from '../response-bytes';
import { responseTooLargeError } from './response-size.plugin';

/** The error code a client gets for each limit it crosses. */
const codes = {
  costLimit: 'COST_LIMIT_EXCEEDED',
  maxDepth: 'DEPTH_LIMIT_EXCEEDED',
  maxAliases: 'ALIAS_LIMIT_EXCEEDED',
  maxDirectives: 'DIRECTIVE_LIMIT_EXCEEDED',
} as const;

/**
 * Reports a rejected operation as a validation error with a code of its own (armor's default
 * handler would report every limit as BAD_USER_INPUT, with a misleading "Syntax Error:" prefix).
 */
function coded(code: string) {
  return {
    propagateOnRejection: false,
    onReject: [
      (context: ValidationContext | null, error: GraphQLError) =>
        context?.reportError(new GraphQLError(error.message.replace(/^Syntax Error: /, ''), { extensions: { code } })),
    ],
  };
}

/**
 * The operation as it will run, for costing: armor multiplies a field's cost by its `first` or
 * `last` only when that is a literal, so a page size given through a variable (`first: $n`) or
 * left to its default (20) would count as 1 and a query could fetch 100 x 100 x 100 items for
 * the cost of one. Here every field that takes `first` gets one literal `first`: the largest of
 * its `first` and `last` (variables resolved, variable defaults applied), else the argument's
 * default, else DEFAULT_PAGE_SIZE. Only the operation that runs is kept, with the fragments.
 */
export function withPageSizes(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): DocumentNode {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    values[name] = name in variables ? variables[name] : definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : undefined;
  }
  const typeInfo = new TypeInfo(schema);
  const definitions = document.definitions.filter((d: DefinitionNode) => d === operation || d.kind === Kind.FRAGMENT_DEFINITION);
  return visit(
    { ...document, definitions },
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        const firstArg = typeInfo.getFieldDef()?.args.find((arg) => arg.name === 'first');
        if (!firstArg) return undefined;
        const sizes: number[] = [];
        for (const arg of node.arguments ?? []) {
          if (arg.name.value !== 'first' && arg.name.value !== 'last') continue;
          const value = arg.value.kind === Kind.VARIABLE ? values[arg.value.name.value] : valueFromASTUntyped(arg.value);
          if (typeof value === 'number' && Number.isFinite(value)) sizes.push(Math.trunc(value));
        }
        const fallback = typeof firstArg.defaultValue === 'number' ? firstArg.defaultValue : DEFAULT_PAGE_SIZE;
        const size = Math.max(1, sizes.length > 0 ? Math.max(...sizes) : fallback);
        const others = (node.arguments ?? []).filter((arg) => arg.name.value !== 'first' && arg.name.value !== 'last');
        const first: ArgumentNode = { kind: Kind.ARGUMENT, name: { kind: Kind.NAME, value: 'first' }, value: { kind: Kind.INT, value: String(size) } };
        return { ...node, arguments: [...others, first] };
      },
    }),
  );
}

/** What the cost rules found for one operation: its cost, or the error refusing it, and its answer's estimated size. */
interface Measured {
  cost?: number;
  error?: GraphQLError;
  bytes?: number;
}

/** Page-size variable shapes remembered per operation before its entries are dropped (a client varying `first` endlessly). */
const SHAPES_PER_OPERATION = 64;

/**
 * The cost of each operation, worked out once per operation (of a parsed document: Apollo keeps
 * one DocumentNode per query text) and values of its Int variables (the only ones a page size,
 * hence the cost, can depend on), not on every request.
 */
class CostCache {
  private readonly byOperation = new WeakMap<OperationDefinitionNode, Map<string, Measured>>();

  constructor(private readonly measure: (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables?: Record<string, unknown>) => Measured) {}

  /** The cost (or the refusal) of `operation` of `document` with `variables`. */
  get(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown> = {}): Measured {
    const shapes = this.byOperation.get(operation) ?? new Map<string, Measured>();
    if (!this.byOperation.has(operation)) this.byOperation.set(operation, shapes);
    const sizes = (operation.variableDefinitions ?? [])
      .filter((definition) => namedType(definition.type) === 'Int')
      .map((definition) => variables[definition.variable.name.value]);
    const key = JSON.stringify(sizes);
    let found = shapes.get(key);
    if (!found) {
      if (shapes.size >= SHAPES_PER_OPERATION) shapes.clear();
      found = this.measure(schema, document, operation, variables);
      shapes.set(key, found);
    }
    return found;
  }
}

/** The name of the named type inside a (list, non-null) type reference. */
function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

/**
 * The query limits, from graphql-armor: depth, aliases and directives in validation, each refused
 * with its own error code; field suggestions are blocked when `blockSuggestions`. The cost (armor's
 * estimate: objects and fields, page sizes multiplied in) is worked out once the operation and its
 * variables are known (see `withPageSizes`), refused above `maxCost` with COST_LIMIT_EXCEEDED and
 * reported in `extensions.cost`. An operation whose answer is estimated (see `estimateResponseBytes`:
 * long texts weigh their declared `@Size`, page sizes multiplied in) above `maxResponseBytes` is
 * refused before it runs, with RESPONSE_TOO_LARGE. The token limit is Apollo's own `parseOptions.maxTokens` (set by
 * the server), since armor's turns syntax errors into HTTP 500.
 */
export function createLimits(limits: Limits, blockSuggestions: boolean): { plugins: ApolloServerPlugin[]; validationRules: ValidationRule[] } {
  const armor = new ApolloArmor({
    costLimit: { enabled: false },
    maxDepth: { n: limits.maxDepth, exposeLimits: true, ...coded(codes.maxDepth) },
    // Every alias counts, `__typename` ones too (armor lets those through by default, so a
    // document of a hundred aliased __typename, graphql-cop's alias-overloading probe, passed).
    maxAliases: { n: limits.maxAliases, exposeLimits: true, allowList: [], ...coded(codes.maxAliases) },
    maxDirectives: { n: limits.maxDirectives, exposeLimits: true, ...coded(codes.maxDirectives) },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: blockSuggestions },
  });
  const { plugins, validationRules } = armor.protect();

  let measured: Measured = {};
  const costRules = new ApolloArmor({
    costLimit: {
      maxCost: limits.maxCost,
      exposeLimits: true,
      propagateOnRejection: false,
      onAccept: [(_context, details: { n: number }) => void (measured.cost = details.n)],
      onReject: [(_context, error: GraphQLError) => void (measured.error = error)],
    },
    maxDepth: { enabled: false },
    maxAliases: { enabled: false },
    maxDirectives: { enabled: false },
    maxTokens: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect().validationRules;

  const measure = (schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables?: Record<string, unknown>): Measured => {
    measured = {};
    const sized = withPageSizes(schema, document, operation, variables);
    validate(schema, sized, costRules);
    return { ...measured, bytes: estimateResponseBytes(schema, sized) };
  };
  const costs = new CostCache(measure);

  const cost: ApolloServerPlugin = {
    async requestDidStart() {
      let accepted: number | undefined;
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const { cost: n, error, bytes } = costs.get(schema, document, operation, request.variables);
          if (error) {
            throw new GraphQLError(error.message.replace(/^Syntax Error: /, ''), {
              extensions: { code: codes.costLimit, http: { status: 400 } },
            });
          }
          if (bytes !== undefined && bytes > limits.maxResponseBytes) throw responseTooLargeError(`could answer about ${bytes} bytes`, limits.maxResponseBytes);
          accepted = n;
        },
        async willSendResponse({ response }) {
          if (accepted !== undefined && response.body.kind === 'single') {
            response.body.singleResult.extensions = { ...response.body.singleResult.extensions, cost: accepted };
          }
        },
      };
    },
  };
  return { plugins: [...(plugins as ApolloServerPlugin[]), cost], validationRules };
}
