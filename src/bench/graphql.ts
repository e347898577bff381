/** A small GraphQL-over-HTTP client for the benchmark (keep-alive through Node's fetch). */

export interface GqlResult<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}

/** Posts one operation; `auth` is a bearer token. Throws on HTTP failure, not on GraphQL errors. */
export async function gql<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>, auth?: string, timeoutMs = 30_000): Promise<GqlResult<T>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (auth) headers.authorization = `Bearer ${auth}`;
  const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify({ query, variables }), signal: AbortSignal.timeout(timeoutMs) });
  if (!res.ok && res.status !== 400) throw new Error(`HTTP ${res.status} from ${url}`);
  return (await res.json()) as GqlResult<T>;
}

/** Same, failing on GraphQL errors. */
export async function gqlOk<T = Record<string, unknown>>(url: string, query: string, variables?: Record<string, unknown>, auth?: string): Promise<T> {
  const r = await gql<T>(url, query, variables, auth);
  if (r.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.errors)}`);
  return r.data!;
}
