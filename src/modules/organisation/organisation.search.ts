/**
 * A name search's page in RELEVANCE order, one tier at a time. The order is: the exact name
 * (tier 0), names that start with the query (1), names that contain it elsewhere (2), and
 * organisations found only by a former name (3); then name (code-point order) and id.
 *
 * Ranking every match and sorting them cost ~1–2 s for terms matching a large part of a
 * 1,000,000-organisation register (PERFORMANCE.md: p95 < 50 ms). Each tier is instead read
 * in index order and the tiers are read one after another until the page is full, so a page
 * touches about as many rows as it shows (terms the planner does not expect to be broad and
 * that match at most `searchTuning.few` rows are ranked in one statement, which is cheaper):
 * - tier 0 through the index on the normalised name;
 * - tier 1 as a range of `organisation_search_order_index` (name COLLATE "C", id), which is
 *   already in page order, merged with the few names that differ from their normalised form
 *   (spaces, lower-case Latin: `organisation_search_odd_index`);
 * - tier 2 by reading a window of that index (index-only: it includes search_text), which
 *   holds the page when matches are not rare; if the page is still short, broad terms walk
 *   the index on (their matches may lie in one block of the name order: 嘉定区 inside
 *   上海市嘉定区…), the others go through the trigram / grams index and a sort;
 * - tier 3 through the trigram index over the rows that have former names (or odd names),
 *   found first, then sorted, because no walk in name order can find a few such rows quickly.
 * Names compare with COLLATE "C": the databases this project creates use C.UTF-8, whose
 * order is code-point order, so the page order is the same as `order by name`.
 */
import type { Context } from '../../platform/graphql/context.js';
import { errors } from '../../platform/graphql/errors.js';
import type { PageWindow } from '../../platform/graphql/relay.js';
import { escapeLike, trigrams } from './domain/name-search.js';
import { ORGANISATION_COLUMNS, type OrganisationRow } from './organisation.types.js';

/** The rank of a match (exact, prefix, contains, former name only): a cursor's first key. */
export const RELEVANCE_TIERS = 4;

/** The normalised name as the ranking compares it (spaces removed, Latin upper-cased). */
const NORM = `upper(replace(name, ' ', ''))`;
const BY_NAME = (dir: string) => `name collate "C" ${dir}, id ${dir}`;

export interface SearchWhere {
  /** The filter's WHERE clause, including the name match. */
  sql: string;
  params: unknown[];
  search: { kind: 'grams' | 'trigram'; term: string };
}

export type RankedRow = OrganisationRow & { rank: number };

/** The statement selecting the ids of up to `limit` rows of one tier, in page order. */
function tierIds(tier: number, where: SearchWhere, params: unknown[], keyset: string, dir: string, limit: number): string {
  const p = (v: unknown) => `$${params.push(v)}`;
  const { term, kind } = where.search;
  const base = `${where.sql} and ${keyset}`;
  const walk = (cond: string) => `select id, name from organisation where ${base} and ${cond} order by ${BY_NAME(dir)} limit ${limit}`;
  switch (tier) {
    case 0:
      return `select id from organisation where ${base} and ${NORM} = ${p(term)} order by ${BY_NAME(dir)} limit ${limit}`;
    case 1: {
      const prefix = p(`${escapeLike(term)}%`);
      const notExact = `${NORM} like ${prefix} and ${NORM} <> ${p(term)}`;
      // A name starting with the term is a range of the index; a name whose normalised form
      // starts with it while the name does not differs from its normalised form.
      const plain = walk(`name collate "C" like ${prefix} and ${notExact}`);
      const odd = walk(`(name = ${NORM}) is false and not (name like ${prefix}) and ${notExact}`);
      return `select id from ((${plain}) union all (${odd})) t order by ${BY_NAME(dir)} limit ${limit}`;
    }
    case 2:
      // the rest of tier 2 after a window (containsWindow): through the trigram / grams index
      return fenced(`${base} and ${containsCond(term, params)}`, dir, limit);
    default: {
      // Exact without an invariant: with no former name and search_text equal to the
      // normalised name, a search_text match is a name match (tier 0–2), so tier 3 lies
      // within this predicate, which a small partial trigram index covers.
      const mayDiffer = kind === 'trigram' ? ` and (former_names <> '{}' or search_text <> ${NORM})` : '';
      const cond = `${NORM} not like ${p(`%${escapeLike(term)}%`)}${mayDiffer}`;
      return fenced(`${base} and ${cond}`, dir, limit);
    }
  }
}

/**
 * The first `limit` ids in page order of the rows matching `cond`, found first (OFFSET 0 keeps
 * the planner from walking the name order for them) and then sorted top-N.
 */
function fenced(cond: string, dir: string, limit: number): string {
  return `select id from (select id, name from organisation where ${cond} offset 0) m order by ${BY_NAME(dir)} limit ${limit}`;
}

function containsCond(term: string, params: unknown[]): string {
  return `${NORM} like $${params.push(`%${escapeLike(term)}%`)} and ${NORM} not like $${params.push(`${escapeLike(term)}%`)}`;
}

/**
 * Where the search changes strategy (tests lower them to take every path with a few rows):
 * - `few`: terms matching at most this many organisations are ranked in one statement;
 * - `window`: entries of the name-ordered index tier 2 reads before it turns to the trigram
 *   index. Matches of a term found in ≥ 0.2 % of names (its first pages) lie within 10,000,
 *   read index-only in a few ms; the trigram path fetches every match from the heap and sorts
 *   (~10,000 matches: 130–600 ms), and the planner, underestimating such terms 10–100×, picks it;
 * - `broad`: terms the planner expects in at least this many rows (its estimate is good there)
 *   walk the name order on after the window instead.
 */
export const searchTuning = { few: 500, window: { trigram: 10_000, grams: 2_000 }, broad: 20_000 };

/**
 * Tier 2's first `limit` ids among the next CONTAINS_WINDOW entries in page order, and the
 * key of the window's last entry when the window was full (more may follow).
 */
async function containsWindow(ctx: Context, where: SearchWhere, keyOf: Keyset, dir: string, limit: number): Promise<{ ids: string[]; next?: [string, string] }> {
  const params = [...where.params];
  const keyset = keyOf(params);
  const size = searchTuning.window[where.search.kind];
  const hit = `(${where.sql} and ${containsCond(where.search.term, params)})`;
  const rows = await ctx.db.query<{ id: string; name: string; n: number }>(
    `with w as materialized (select id, name, ${hit} as hit from organisation where ${keyset} order by ${BY_NAME(dir)} limit ${size})
     (select id, name, -1 as n from w where hit order by ${BY_NAME(dir)} limit ${limit})
     union all (select id, name, (select count(*) from w)::int from w order by ${BY_NAME(dir === 'asc' ? 'desc' : 'asc')} limit 1)`,
    params,
  );
  const last = rows.find((r) => r.n >= 0);
  return { ids: rows.filter((r) => r.n < 0).map((r) => r.id), next: last && last.n >= size ? [last.name, last.id] : undefined };
}


/** The planner's estimate of the rows matching the filter (one planning round trip, no execution). */
async function estimatedMatches(ctx: Context, where: SearchWhere): Promise<number> {
  const [plan] = await ctx.db.query<{ 'QUERY PLAN': [{ Plan: { 'Plan Rows': number } }] }>(`explain (format json) select 1 from organisation where ${where.sql}`, where.params);
  return plan?.['QUERY PLAN'][0].Plan['Plan Rows'] ?? 0;
}

/**
 * The ids of tier 2's next `limit` rows by walking the name order to the end if need be: for
 * broad terms whose matches lie in a block of the register (嘉定区 inside 上海市嘉定区…),
 * which the trigram index could only reach by fetching and sorting all of them. The LIMIT in
 * the subquery keeps the planner from turning the walk into a trigram scan.
 */
function containsWalk(where: SearchWhere, params: unknown[], keyset: string, dir: string, limit: number): string {
  const hit = `(${where.sql} and ${containsCond(where.search.term, params)})`;
  return `select id from (select id, name, ${hit} as hit from organisation where ${keyset} order by ${BY_NAME(dir)} limit 1000000000) w
    where hit order by ${BY_NAME(dir)} limit ${limit}`;
}

/**
 * The page in one statement when the filter matches at most `searchTuning.few` organisations: all of them
 * ranked and sorted, as fetching them through the trigram index costs less than reading the
 * tiers one by one. Undefined when there are more.
 */
async function fewMatches(ctx: Context, where: SearchWhere, window: PageWindow, after: [number, string, string] | undefined): Promise<RankedRow[] | undefined> {
  const forward = window.direction === 'forward';
  const dir = forward ? 'asc' : 'desc';
  const params = [...where.params];
  const t = where.search.term;
  const rank = `(case when ${NORM} = $${params.push(t)} then 0 when ${NORM} like $${params.push(`${escapeLike(t)}%`)} then 1
    when ${NORM} like $${params.push(`%${escapeLike(t)}%`)} then 2 else 3 end)`;
  const keyset = after
    ? `(rank, name collate "C", id) ${forward ? '>' : '<'} ($${params.push(after[0])}::int, $${params.push(after[1])}, $${params.push(after[2])}::uuid)`
    : 'true';
  const found = await ctx.db.query<{ n: number; id: string | null; rank: number | null }>(
    `with m as materialized (select id, name, ${rank} as rank from organisation where ${where.sql} limit ${searchTuning.few + 1})
     select c.n, p.id, p.rank from (select count(*)::int as n from m) c
       left join lateral (select id, name, rank from m where ${keyset} order by rank ${dir}, ${BY_NAME(dir)} limit ${window.limit + 1}) p on true
     order by p.rank ${dir}, p.name collate "C" ${dir}, p.id ${dir}`,
    params,
  );
  if (!found.length || found[0]!.n > searchTuning.few) return undefined;
  const ranked = found.filter((r) => r.id !== null);
  if (!ranked.length) return [];
  const rows = await ctx.db.query<OrganisationRow>(`select ${ORGANISATION_COLUMNS} from organisation where id = any($1::uuid[])`, [ranked.map((r) => r.id)]);
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ranked.flatMap((r) => (byId.has(r.id!) ? [{ ...byId.get(r.id!)!, rank: r.rank! }] : []));
}

/** Adds a keyset condition's parameters and returns it. */
type Keyset = (params: unknown[]) => string;

/**
 * Where the contains tier can start in the page's direction (OrganisationSearchBound): a name
 * containing the term contains each of its trigrams, so none lies before the latest first
 * entry of those trigrams (after the earliest last entry, backwards). Null: some trigram is in
 * no name, so nothing contains the term. Undefined: a term under three characters.
 */
async function containsBound(ctx: Context, term: string, forward: boolean): Promise<[string, string] | null | undefined> {
  const grams = trigrams(term);
  if (!grams.length) return undefined;
  const [name, id, order] = forward ? ['first_name', 'first_id', 'desc'] : ['last_name', 'last_id', 'asc'];
  const [r] = await ctx.db.query<{ n: number; name: string | null; id: string | null }>(
    `select count(*)::int as n, (array_agg(${name} order by ${name} ${order}, ${id} ${order}))[1] as name, (array_agg(${id} order by ${name} ${order}, ${id} ${order}))[1] as id
       from organisation_search_bound where gram = any($1::text[])`,
    [grams],
  );
  return !r || r.n < grams.length || r.name === null || r.id === null ? null : [r.name, r.id];
}

/** Compares keys as the name index orders them (COLLATE "C": code points, then id). */
function compareKeys(a: [string, string], b: [string, string]): number {
  const [x, y] = [Array.from(a[0]), Array.from(b[0])];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i]!.codePointAt(0)! - y[i]!.codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length || (a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0);
}

/** The later start of a cursor (exclusive) and a bound (inclusive), in the page's direction. */
function keysetFrom(after: [string, string] | undefined, bound: [string, string] | undefined, forward: boolean): Keyset {
  if (!bound || (after && (forward ? compareKeys(after, bound) >= 0 : compareKeys(after, bound) <= 0))) return keysetAfter(after, forward);
  return (params) => `(name collate "C", id) ${forward ? '>=' : '<='} ($${params.push(bound[0])}, $${params.push(bound[1])}::uuid)`;
}

function keysetAfter(key: [string, string] | undefined, forward: boolean): Keyset {
  if (!key) return () => 'true';
  return (params) => `(name collate "C", id) ${forward ? '>' : '<'} ($${params.push(key[0])}, $${params.push(key[1])}::uuid)`;
}

/**
 * Up to `window.limit + 1` rows in RELEVANCE order from the window's cursor, in the window's
 * direction (as `buildConnection` expects), each with its tier as `rank`.
 */
export async function relevancePage(ctx: Context, where: SearchWhere, window: PageWindow): Promise<RankedRow[]> {
  const forward = window.direction === 'forward';
  const dir = forward ? 'asc' : 'desc';
  let from = forward ? 0 : RELEVANCE_TIERS - 1;
  let after: [string, string] | undefined;
  if (window.cursor) {
    const [rank, name, id] = window.cursor;
    if (window.cursor.length !== 3 || !Number.isInteger(rank) || (rank as number) < 0 || (rank as number) >= RELEVANCE_TIERS)
      throw errors.badInput('分页游标与排序不符 / the cursor belongs to another order', forward ? 'after' : 'before');
    from = rank as number;
    after = [String(name), String(id)];
  }
  // Broad terms skip the probe: its LIMIT may read much of the table when their rows are
  // stored together (the planner's estimate is good for them).
  const estimate = await estimatedMatches(ctx, where);
  if (estimate < searchTuning.broad) {
    const few = await fewMatches(ctx, where, window, after && [from, after[0], after[1]]);
    if (few) return few;
  }
  const rows: RankedRow[] = [];
  const want = window.limit + 1;
  const read = async (tier: number, idsSql: string, params: unknown[]) =>
    rows.push(...(await ctx.db.query<RankedRow>(`select ${ORGANISATION_COLUMNS}, ${tier} as rank from organisation where id = any(${idsSql}) order by ${BY_NAME(dir)}`, params)));
  for (let tier = from; tier >= 0 && tier < RELEVANCE_TIERS && rows.length < want; tier += forward ? 1 : -1) {
    let keyset = keysetAfter(tier === from ? after : undefined, forward);
    if (tier === 2) {
      const bound = where.search.kind === 'trigram' ? await containsBound(ctx, where.search.term, forward) : undefined;
      if (bound === null) continue;
      keyset = keysetFrom(tier === from ? after : undefined, bound, forward);
      const first = await containsWindow(ctx, where, keyset, dir, want - rows.length);
      if (first.ids.length) await read(tier, '$1::uuid[]', [first.ids]);
      if (rows.length >= want || !first.next) continue;
      keyset = keysetAfter(first.next, forward);
    }
    const params = [...where.params];
    const ids =
      // grams rows are not in the name-ordered index: walking them fetches every row (~10 s)
      tier === 2 && where.search.kind === 'trigram' && estimate >= searchTuning.broad
        ? containsWalk(where, params, keyset(params), dir, want - rows.length)
        : tierIds(tier, where, params, keyset(params), dir, want - rows.length);
    await read(tier, `array(${ids})`, params);
  }
  return rows;
}
