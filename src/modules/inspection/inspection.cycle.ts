/**
 * `filingCycleOpen`: one filing per organisation in the subtree that owes one for the year
 * (R-INSP-1, R-INSP-3), in one set-based statement so a million organisations open in seconds.
 *
 * The rules stay in the domain functions: for every combination that can differ — the region
 * (whose LOCAL settings apply), type, direct registration, charity and last year's outcome —
 * `filingObligation` decides the form, the steps and the rectification report owed, and
 * `statutoryDueDates` the due dates. SQL only joins each organisation to its combination and
 * applies the two date cut-offs `filingObligation` uses (registration after the cut-off of
 * R-INSP-3; ended by the authority's due date). Idempotent: `on conflict do nothing` on the
 * unique (organisation, year), so a second call only adds organisations registered since.
 *
 * At a million organisations (issue 4: < 60 s): last year's outcome is computed once per
 * organisation before the join to the combinations (joining first made five candidate rows per
 * organisation), organisations that already have the year's filing are skipped by an anti-join
 * (a repeated call no longer attempts a million conflicting inserts), and ids are time-ordered in
 * organisation order (uuidv7-sql.ts), so the indexes grow at their right edge.
 */
import type { Context } from '../../platform/graphql/context.js';
import { inTransaction } from '../../platform/graphql/context.js';
import { assertJurisdiction, subtreeCondition } from '../../platform/auth/scope.js';
import { BusinessRuleError } from '../../platform/graphql/errors.js';
import { dateInZone, monthDayIn } from '../../platform/time/calendar.js';
import { uuidv7Sql } from '../../platform/db/uuidv7-sql.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import type { OrganisationType } from '../organisation/domain/organisation-rules.js';
import { filingObligation } from './domain/obligation.js';
import { statutoryDueDates } from './domain/deadlines.js';
import type { PreviousFilingOutcome } from './domain/results.js';
import { dueDatesSetting, filingFormSetting, newRegistrationCutoffSetting } from './domain/settings.js';
import type { FilingCycleOpenInput } from './inspection.types.js';
import { positional } from '../../platform/db/positional.js';

const TYPES: OrganisationType[] = ['SOCIAL_GROUP', 'SERVICE_INSTITUTION', 'FOUNDATION'];
const PREVIOUS: PreviousFilingOutcome[] = ['PASS', 'BASIC_PASS', 'FAIL', 'NOT_FILED', 'NOT_OWED'];

interface Combination {
  region_code: string;
  type: string;
  direct: boolean;
  charity: boolean;
  prev: string;
  form: string;
  supervisor_due: string | null;
  authority_due: string;
  cutoff: string;
  rect: string[];
}

/** Every combination for one region, decided by the domain functions with the settings in force. */
async function combinationsFor(settings: SettingsService, regionCode: string, year: number, today: string): Promise<Combination[]> {
  const [form, dueDates, newRegistrationCutoff] = await Promise.all([
    settings.get(filingFormSetting, regionCode, today),
    settings.get(dueDatesSetting, regionCode, today),
    settings.get(newRegistrationCutoffSetting, regionCode, today),
  ]);
  const cutoff = monthDayIn(year, newRegistrationCutoff);
  const out: Combination[] = [];
  for (const type of TYPES)
    for (const direct of [false, true])
      for (const charity of [false, true])
        for (const prev of PREVIOUS) {
          const profile = { type, isCharity: charity, directlyRegistered: direct };
          // A registration on 1 January owes; the date cut-offs are applied per row in SQL.
          const o = filingObligation({ ...profile, reportingYear: year, registrationDate: `${year}-01-01`, previousOutcome: prev }, { form, dueDates, newRegistrationCutoff });
          if (!o.owed) continue;
          const due = statutoryDueDates(year, profile, dueDates);
          out.push({ region_code: regionCode, type, direct, charity, prev, form: o.form, supervisor_due: due.supervisor ?? null, authority_due: due.authority, cutoff, rect: [...o.rectificationReasons] });
        }
  return out;
}

/** Last year's outcome as `owesRectificationReport` reads it; no filing on record = NOT_OWED (never guessed). */
const PREVIOUS_OUTCOME_SQL = `case when prev.id is null then 'NOT_OWED'
  when prev.result is not null then prev.result
  when prev.first_submitted_at is null and prev.effective_due_on < $3::date then 'NOT_FILED'
  else 'NOT_OWED' end`;

export async function openCycle(ctx: Context, input: FilingCycleOpenInput): Promise<{ created: number; total: number }> {
  assertJurisdiction(ctx.viewer, input.regionCode);
  if (!Number.isInteger(input.year) || input.year < 1990 || input.year > 2200)
    throw new BusinessRuleError([{ code: 'INVALID_YEAR', field: 'input.year', message: '年度无效 / invalid year' }]);
  const today = dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
  const settings = ctx.app.get<SettingsService>(SETTINGS_SERVICE);
  const regionParams: unknown[] = [];
  const regions = await ctx.db.query<{ region_code: string }>(
    `select distinct region_code from organisation where ${subtreeCondition('region_code', input.regionCode, regionParams)} and registration_date is not null`,
    regionParams,
  );
  const combos = (await Promise.all(regions.map((r) => combinationsFor(settings, r.region_code, input.year, today)))).flat();
  return inTransaction(ctx, async (uow) => {
    const conn = uow.em.getConnection();
    const tx = uow.em.getTransactionContext();
    const params: unknown[] = [JSON.stringify(combos), input.year, today, uow.now];
    const where = subtreeCondition('o.region_code', input.regionCode, params);
    const sql = `with p as (
        select * from jsonb_to_recordset($1::jsonb) as p(region_code text, type text, direct boolean, charity boolean, prev text,
          form text, supervisor_due date, authority_due date, cutoff date, rect text[])),
      o as materialized (
        select o.id, o.region_code, o.type, o.supervisory_unit_id, o.charity_recognised, o.registration_date, o.ended_on, ${PREVIOUS_OUTCOME_SQL} as prev
          from organisation o
          left join filing prev on prev.organisation_id = o.id and prev.year = $2::int - 1
         where ${where}
           and o.registration_date is not null
           and o.status in ('REGISTERED', 'SUSPENDED', 'DEREGISTERED', 'REVOKED')
           and not exists (select 1 from filing x where x.organisation_id = o.id and x.year = $2::int)),
      due as (
        select o.id as organisation_id, o.region_code, o.supervisory_unit_id, p.form, p.direct, p.supervisor_due, p.authority_due, p.rect,
               row_number() over (order by o.id) as n
          from o join p on p.region_code = o.region_code and p.type = o.type and p.direct = (o.supervisory_unit_id is null)
                and p.charity = o.charity_recognised and p.prev = o.prev
         where o.registration_date <= p.cutoff and (o.ended_on is null or o.ended_on > p.authority_due)),
      ins as (
        insert into filing (id, organisation_id, year, form, status, region_code, supervisory_unit_id, direct_registration,
          supervisor_due_on, authority_due_on, effective_due_on, rectification_reasons, declaration_signed, created_at, updated_at, version)
        select ${uuidv7Sql('$4::timestamptz', 'n')}, organisation_id, $2::int, form, 'DRAFT', region_code, supervisory_unit_id, direct,
          supervisor_due, authority_due, coalesce(supervisor_due, authority_due), rect, false, $4::timestamptz, $4::timestamptz, 1
          from due
        on conflict (organisation_id, year) do nothing
        returning 1)
      select count(*)::int as n from ins`;
    const res = (await conn.execute(...positional(sql, params), 'get', tx)) as { n: number };
    const totalParams: unknown[] = [input.year];
    const total = (await conn.execute(...positional(`select count(*)::int as n from filing where year = $1 and ${subtreeCondition('region_code', input.regionCode, totalParams)}`, totalParams), 'get', tx)) as { n: number };
    const counts = { created: res.n, total: total.n };
    const entityId = `${input.regionCode}:${input.year}`;
    uow.audit({ operation: 'filingCycleOpen', entityType: 'FilingCycle', entityId, regionCode: input.regionCode, after: { year: input.year, ...counts } });
    // One summary event per call: a million FilingOpened events would swamp every subscriber.
    uow.emit({ type: 'FilingCycleOpened', entityType: 'FilingCycle', entityId, regionCode: input.regionCode, payload: { year: input.year, regionCode: input.regionCode, ...counts } });
    return counts;
  });
}
