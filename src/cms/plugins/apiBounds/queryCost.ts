import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  valueFromASTUntyped,
  type ExecutionArgs,
  type FieldNode,
  type GraphQLField,
  type GraphQLNamedType,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql'
import type { PayloadRequest } from 'payload'

import { newsroomT } from '../../i18n/translations'
import { boundsFor, readerBounds, type ApiBounds } from './bounds'

/** Payload's page size when a query names no `limit`. */
const DEFAULT_LIMIT = 10
/** The assumed length of a list without a `limit` (a has-many relationship, an array field). */
const LIST_GUESS = 5
/** What each level of a rich-text field's `depth` adds (its uploads and links are read from the database). */
const RICH_TEXT_LEVEL_COST = 5
/** Payload's default `depth`, which rich text in GraphQL populates to when asked for none. */
const DEFAULT_DEPTH = 2

/** What a query asks for: its cost, nesting, fields (fragments counted where they are spread) and top-level fields. */
export interface QueryMeasure {
  cost: number
  depth: number
  fields: number
  rootFields: number
  /** Whether counting stopped at the field ceiling (then `cost` and `depth` are partial). */
  stopped: boolean
}

type Variables = Record<string, unknown> | null | undefined

/** The literal or variable value of a field's argument. */
function argument(field: FieldNode, name: string, variables: Variables): unknown {
  const node = field.arguments?.find((arg) => arg.name.value === name)?.value
  return node ? valueFromASTUntyped(node, variables ?? undefined) : undefined
}

/** How many documents a field with a `limit` argument reads, as the REST/GraphQL bounds will let it. */
function listSize(field: FieldNode, variables: Variables, cap: number): number {
  if (argument(field, 'pagination', variables) === false) return cap
  const limit = argument(field, 'limit', variables)
  if (limit === undefined || limit === null) return DEFAULT_LIMIT
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 && limit <= cap ? limit : cap
}

/** The extra cost of a rich-text field's `depth` (its population), bounded like REST depth. */
function depthCost(field: FieldNode, variables: Variables, cap: number): number {
  const depth = argument(field, 'depth', variables)
  const levels = typeof depth === 'number' && Number.isInteger(depth) ? Math.min(Math.max(depth, 0), cap) : DEFAULT_DEPTH
  return levels * RICH_TEXT_LEVEL_COST
}

/**
 * Measures an operation. A field costs 1, plus its children's cost times the length of its list:
 * a `limit` (Payload's `allNews(limit: 100) { docs { … } }`) sets the length of the list below
 * it, other lists of objects count LIST_GUESS. Fragments are counted at each spread; counting stops
 * once `maxFields` is passed, so a fragment fan-out cannot make the counting itself expensive.
 */
export function measureOperation(context: ValidationContext, operation: OperationDefinitionNode, variables: Variables, bounds: ApiBounds): QueryMeasure {
  const schema = context.getSchema()
  const root = operation.operation === 'mutation' ? schema.getMutationType() : operation.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType()
  const measure: QueryMeasure = { cost: 0, depth: 0, fields: 0, rootFields: 0, stopped: false }
  const spreading = new Set<string>()

  function walk(set: SelectionSetNode, parent: GraphQLNamedType, size: number | undefined, level: number): number {
    let cost = 0
    for (const selection of set.selections) {
      if (measure.fields > bounds.graphql.fields) {
        measure.stopped = true
        break
      }
      if (selection.kind === Kind.FIELD) {
        measure.fields++
        measure.depth = Math.max(measure.depth, level)
        const definition: GraphQLField<unknown, unknown> | undefined = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined
        if (!definition) {
          cost += 1
          continue
        }
        const named = getNamedType(definition.type)
        const own = 1 + (definition.args.some((arg) => arg.name === 'depth') ? depthCost(selection, variables, bounds.depth) : 0)
        if (!selection.selectionSet || !isCompositeType(named)) {
          cost += own
          continue
        }
        const times = isListType(getNullableType(definition.type)) ? (size ?? LIST_GUESS) : 1
        const childSize = definition.args.some((arg) => arg.name === 'limit') ? listSize(selection, variables, bounds.limit) : undefined
        cost += own + times * walk(selection.selectionSet, named, childSize, level + 1)
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent
        if (type) cost += walk(selection.selectionSet, type, size, level)
      } else {
        const name = selection.name.value
        const fragment = context.getFragment(name)
        const type = fragment && schema.getType(fragment.typeCondition.name.value)
        // A fragment that spreads itself is reported by GraphQL's own rules.
        if (!fragment || !type || spreading.has(name)) continue
        spreading.add(name)
        cost += walk(fragment.selectionSet, type, size, level)
        spreading.delete(name)
      }
    }
    return cost
  }

  /** Top-level fields, through the fragments spread at the top (each spread of a fragment once). */
  function countRoots(set: SelectionSetNode, seen: Set<string>): number {
    let count = 0
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) count++
      else if (selection.kind === Kind.INLINE_FRAGMENT) count += countRoots(selection.selectionSet, seen)
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value)
        const fragment = context.getFragment(selection.name.value)
        if (fragment) count += countRoots(fragment.selectionSet, seen)
      }
    }
    return count
  }

  measure.rootFields = countRoots(operation.selectionSet, new Set())
  if (root) measure.cost = walk(operation.selectionSet, root, undefined, 1)
  return measure
}

/** The errors of a measure beyond `bounds`, in the request's language. */
function boundErrors(measure: QueryMeasure, bounds: ApiBounds, req: PayloadRequest | undefined, node: OperationDefinitionNode): GraphQLError[] {
  const limits = bounds.graphql
  const broken: [string, Record<string, number>][] = []
  if (measure.rootFields > limits.rootFields) broken.push(['newsroom:apiBounds:queryTooManyRoots', { count: measure.rootFields, max: limits.rootFields }])
  if (measure.stopped || measure.fields > limits.fields) broken.push(['newsroom:apiBounds:queryTooManyFields', { count: measure.fields, max: limits.fields }])
  else if (measure.cost > limits.cost) broken.push(['newsroom:apiBounds:queryTooCostly', { cost: measure.cost, max: limits.cost }])
  if (measure.depth > limits.depth) broken.push(['newsroom:apiBounds:queryTooDeep', { depth: measure.depth, max: limits.depth }])
  // Payload's GraphQL handler always puts the request in the context; without it, an English key.
  const t = req ? newsroomT(req) : (key: string) => key
  return broken.map(([key, values]) => new GraphQLError(t(key as 'newsroom:apiBounds:queryTooCostly', values), { nodes: [node], extensions: { statusCode: 400, ...values } }))
}

/** The PayloadRequest Payload's GraphQL handler puts in the context, if there is one. */
function requestOf(args: ExecutionArgs): PayloadRequest | undefined {
  const context: unknown = args.contextValue
  if (!context || typeof context !== 'object' || !('req' in context)) return undefined
  const req: unknown = context.req
  return req && typeof req === 'object' && 'payload' in req ? (req as PayloadRequest) : undefined
}

/**
 * Payload's `graphQL.validationRules`: every operation within its sender's bounds (readers or
 * staff), refused before anything runs otherwise. Payload's own `maxComplexity` stays as well; it
 * adds up fields but does not multiply by list sizes, so aliased lists passed it.
 */
export function queryBoundsRules(args: ExecutionArgs): ValidationRule[] {
  const req = requestOf(args)
  const bounds = req ? boundsFor(req) : readerBounds
  const rule: ValidationRule = (context) => ({
    OperationDefinition(node) {
      for (const error of boundErrors(measureOperation(context, node, args.variableValues, bounds), bounds, req, node)) context.reportError(error)
      return false
    },
  })
  return [rule]
}
