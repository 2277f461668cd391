/* Payload's GraphQL endpoint; generated shape, plus one guard. */
import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { APIError } from 'payload'

const graphql = GRAPHQL_POST(config)

/**
 * Payload's GraphQL handler throws its own 400 for a body that is not JSON instead of answering
 * it, and Next turns any throw into a 500: answered here (tests/e2e/hostile.e2e.spec.ts).
 */
export async function POST(request: Request): Promise<Response> {
  try {
    return await graphql(request)
  } catch (error) {
    if (error instanceof APIError && error.status >= 400 && error.status < 500) {
      return Response.json({ errors: [{ message: error.message }] }, { status: error.status, headers: { 'Cache-Control': 'no-store' } })
    }
    throw error
  }
}
export const OPTIONS = REST_OPTIONS(config)
