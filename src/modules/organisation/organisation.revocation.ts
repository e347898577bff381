/**
 * `revocationCandidates(regionCode)`: organisations that meet R-ORG-7 (not filed or failed
 * for the LOCAL number of consecutive years). The filing history comes from whichever
 * module keeps filings, through {@link registerFilingHistorySource}; until one is
 * registered, no organisation has a history and none is proposed (a missing year is never
 * guessed to be a bad one).
 */
import { Field, Int, ObjectType } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { subtreeCondition } from '../../platform/auth/scope.js';
import { dateInZone } from '../../platform/time/calendar.js';
import { SETTINGS_SERVICE, type SettingsService } from '../../platform/settings/settings.service.js';
import { nextRevocationStep, zombieCandidate, type FilingYear } from './domain/revocation.js';
import { zombieRevocationSetting } from './domain/settings.js';
import { ORGANISATION_COLUMNS, Organisation, type OrganisationRow } from './organisation.types.js';

/** Filing outcomes per organisation (local ids), for the years asked. */
export type FilingHistorySource = (ctx: Context, organisationIds: string[]) => Promise<Map<string, FilingYear[]>>;
let source: FilingHistorySource | undefined;

/** The filings module registers where filing history comes from. */
export function registerFilingHistorySource(s: FilingHistorySource | undefined): void {
  source = s;
}

@ObjectType({ description: '拟撤销登记的“名存实亡”社会组织 / an organisation proposed for revocation as existing in name only (R-ORG-7)' })
export class RevocationCandidate {
  @Field(() => Organisation)
  organisation!: Organisation;
  @Field(() => [Int], { description: '连续未参加年检或不合格的年度 / the consecutive years not filed or failed' })
  years!: number[];
  @Field({ description: '理由 / reason, Chinese first' })
  reason!: string;
  @Field({ description: '下一步：PROPOSE 提请决定、PUBLISH_NOTICE 先行公告、NOTICE_RUNNING 公告期内 / next step under the LOCAL notice rule' })
  nextStep!: string;
}

export async function revocationCandidates(ctx: Context, regionCode: string): Promise<RevocationCandidate[]> {
  if (!source) return [];
  const params: unknown[] = [];
  const rows = await ctx.db.query<OrganisationRow>(
    `select ${ORGANISATION_COLUMNS} from organisation where ${subtreeCondition('region_code', regionCode, params)} and status in ('REGISTERED', 'SUSPENDED') order by name, id`,
    params,
  );
  const history = await source(ctx, rows.map((r) => r.id));
  const today = dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
  const settings = ctx.app.get<SettingsService>(SETTINGS_SERVICE);
  const out: RevocationCandidate[] = [];
  for (const r of rows) {
    const rule = await settings.get(zombieRevocationSetting, r.region_code, today);
    const assessment = zombieCandidate(history.get(r.id) ?? [], rule);
    if (!assessment.candidate) continue;
    out.push(Object.assign(new RevocationCandidate(), {
      organisation: Organisation.fromRow(r), years: [...assessment.years], reason: assessment.reason,
      nextStep: nextRevocationStep(assessment, rule, today, null).step,
    }));
  }
  return out;
}
