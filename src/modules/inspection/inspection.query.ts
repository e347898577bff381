/**
 * Reading filings: scoped, filtered keyset pages, the per-organisation loader, statistics
 * (participation and pass rates), obligations, and the filing history R-ORG-7 reads.
 */
import DataLoader from 'dataloader';
import type { Context } from '../../platform/graphql/context.js';
import { buildConnection, localId, pageWindow, type Connection } from '../../platform/graphql/relay.js';
import { readableSubtree, subtreeCondition } from '../../platform/auth/scope.js';
import { errors } from '../../platform/graphql/errors.js';
import { dateInZone, diffDays } from '../../platform/time/calendar.js';
import type { FilingYear } from '../organisation/domain/revocation.js';
import { filingScopeSql } from './inspection.access.js';
import { FILING_COLUMNS, Filing, FilingStats, Obligation, type FilingRow, type FilingsArgs } from './inspection.types.js';

const todayOf = (ctx: Context) => dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);

export async function listFilings(ctx: Context, args: FilingsArgs): Promise<Connection<Filing>> {
  const window = pageWindow(args);
  const f = args.filter;
  const params: unknown[] = [];
  const c = [filingScopeSql(ctx.viewer, params)];
  const subtree = readableSubtree(ctx.viewer, f?.regionCode);
  if (subtree) c.push(subtreeCondition('region_code', subtree, params));
  if (f?.year != null) c.push(`year = $${params.push(f.year)}`);
  if (f?.statuses?.length) c.push(`status = any($${params.push(f.statuses)})`);
  if (f?.form) c.push(`form = $${params.push(f.form)}`);
  if (f?.overdue != null) c.push(`${f.overdue ? '' : 'not '}(first_submitted_at is null and effective_due_on < $${params.push(todayOf(ctx))}::date)`);
  if (f?.supervisoryUnitId) c.push(`supervisory_unit_id = $${params.push(localId(f.supervisoryUnitId, 'SupervisoryUnit', 'filter.supervisoryUnitId'))}`);
  if (f?.organisationId) c.push(`organisation_id = $${params.push(localId(f.organisationId, 'Organisation', 'filter.organisationId'))}`);
  const where = c.join(' and ');
  const whereParams = [...params];
  const forward = window.direction === 'forward';
  let keyset = 'true';
  if (window.cursor) {
    if (window.cursor.length !== 2) throw errors.badInput('分页游标无效 / invalid cursor', 'after');
    keyset = `(year, id) ${forward ? '<' : '>'} ($${params.push(window.cursor[0])}, $${params.push(window.cursor[1])})`;
  }
  // newest year first, then by id
  const dir = forward ? 'desc' : 'asc';
  const rows = await ctx.db.query<FilingRow>(`select ${FILING_COLUMNS} from filing where ${where} and ${keyset} order by year ${dir}, id ${dir} limit ${window.limit + 1}`, params);
  return buildConnection(rows, window, (r) => [r.year, r.id], Filing.fromRow, () =>
    ctx.db.query<{ n: number }>(`select count(*)::int as n from filing where ${where}`, whereParams).then((r) => r[0]!.n),
  );
}

/** Filings of organisations (newest year first), scoped to what the viewer may see. */
export function filingsByOrganisation(ctx: Context): DataLoader<string, Filing[]> {
  return ctx.loader('filing.byOrganisation', () =>
    new DataLoader<string, Filing[]>(async (ids) => {
      const params: unknown[] = [ids];
      const rows = await ctx.db.query<FilingRow>(
        `select ${FILING_COLUMNS} from filing where organisation_id = any($1::uuid[]) and ${filingScopeSql(ctx.viewer, params)} order by year desc`, params);
      const out = new Map<string, Filing[]>(ids.map((i) => [i, []]));
      for (const r of rows) out.get(r.organisation_id)?.push(Filing.fromRow(r));
      return ids.map((i) => out.get(i)!);
    }),
  );
}

export async function filingById(ctx: Context, id: string): Promise<Filing | null> {
  const params: unknown[] = [id];
  const rows = await ctx.db.query<FilingRow>(`select ${FILING_COLUMNS} from filing where id = $1 and ${filingScopeSql(ctx.viewer, params)}`, params);
  return rows[0] ? Filing.fromRow(rows[0]) : null;
}

/** Filings by id as far as the viewer may see them (`node(id:)`), null for the others. */
export async function filingsByIds(ctx: Context, ids: readonly string[]): Promise<(Filing | null)[]> {
  const params: unknown[] = [ids];
  const rows = await ctx.db.query<FilingRow>(`select ${FILING_COLUMNS} from filing where id = any($1::uuid[]) and ${filingScopeSql(ctx.viewer, params)}`, params);
  const byId = new Map(rows.map((r) => [r.id, Filing.fromRow(r)]));
  return ids.map((i) => byId.get(i) ?? null);
}

export async function filingStats(ctx: Context, regionCode: string, year: number): Promise<FilingStats> {
  const subtree = readableSubtree(ctx.viewer, regionCode) ?? regionCode;
  const params: unknown[] = [year, todayOf(ctx)];
  const r = (await ctx.db.query<Record<string, number>>(
    `select count(*)::int as owed,
            count(first_submitted_at)::int as submitted,
            count(*) filter (where late)::int as late,
            count(*) filter (where first_submitted_at is null and effective_due_on < $2::date)::int as overdue,
            count(*) filter (where status = 'CONCLUDED')::int as concluded,
            count(*) filter (where result = 'PASS')::int as pass,
            count(*) filter (where result = 'BASIC_PASS')::int as basic_pass,
            count(*) filter (where result = 'FAIL')::int as fail
       from filing where year = $1 and ${subtreeCondition('region_code', subtree, params)}`,
    params,
  ))[0]!;
  const rate = (a: number, b: number) => (b ? Math.round((a / b) * 10_000) / 10_000 : 0);
  return Object.assign(new FilingStats(), {
    regionCode: subtree, year, owed: r.owed, submitted: r.submitted, late: r.late, overdue: r.overdue, concluded: r.concluded,
    pass: r.pass, basicPass: r.basic_pass, fail: r.fail, participationRate: rate(r.submitted!, r.owed!), passRate: rate(r.pass!, r.concluded!),
  });
}

/** What the organisation owes now: filings with it (draft or returned), open rectifications. */
export async function obligationsOf(ctx: Context, organisationId: string): Promise<Obligation[]> {
  const today = todayOf(ctx);
  const filings = await filingsByOrganisation(ctx).load(organisationId);
  const out: Obligation[] = [];
  const ob = (kind: string, filing: Filing, dueOn: string | null) =>
    Object.assign(new Obligation(), { kind, filing, dueOn, daysLeft: dueOn ? diffDays(today, dueOn) : null });
  for (const f of filings) {
    if (f.status === 'DRAFT') out.push(ob('FILING', f, f.effectiveDueOn));
    if (f.status === 'RETURNED') out.push(ob('RETURNED', f, f.row.first_submitted_at ? null : f.effectiveDueOn));
    if (f.rectificationDueOn && !f.rectificationReportedOn) out.push(ob('RECTIFICATION', f, f.rectificationDueOn));
  }
  return out.sort((a, b) => (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'));
}

/**
 * R-ORG-7's filing history from real filings: a result as it is; submitted, not yet concluded
 * = SUBMITTED (alive); never submitted and past its effective due date = NOT_FILED; not yet
 * due = NOT_OWED (says nothing yet).
 */
export async function filingHistory(ctx: Context, organisationIds: string[]): Promise<Map<string, FilingYear[]>> {
  const rows = await ctx.db.query<{ organisation_id: string; year: number; result: string | null; first_submitted_at: Date | null; effective_due_on: string }>(
    'select organisation_id, year, result, first_submitted_at, effective_due_on from filing where organisation_id = any($1::uuid[]) order by year',
    [organisationIds],
  );
  const today = todayOf(ctx);
  const out = new Map<string, FilingYear[]>();
  for (const r of rows) {
    const outcome = r.result === 'FAIL' ? 'FAILED' : r.result ? (r.result as 'PASS' | 'BASIC_PASS') : r.first_submitted_at ? 'SUBMITTED' : r.effective_due_on < today ? 'NOT_FILED' : 'NOT_OWED';
    const list = out.get(r.organisation_id) ?? [];
    list.push({ year: r.year, outcome });
    out.set(r.organisation_id, list);
  }
  return out;
}
