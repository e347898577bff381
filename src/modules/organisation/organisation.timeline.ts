/**
 * The compliance timeline of an organisation: one ordered list of registration, changes and,
 * as later modules land, filings, results, ratings, credit listings and penalties, each with
 * its legal basis. Modules contribute entries through {@link registerTimelineSource}.
 */
import type { Context } from '../../platform/graphql/context.js';
import { TimelineEntry } from './organisation.types.js';
import { organisationHistory } from './organisation.loaders.js';

export type TimelineSource = (ctx: Context, organisationId: string) => Promise<TimelineEntry[]>;
const sources: TimelineSource[] = [];

/** Adds a module's entries to every organisation's timeline. */
export function registerTimelineSource(source: TimelineSource): void {
  sources.push(source);
}

const BASIS: Record<string, string> = {
  PREPARE: '《社会团体登记管理条例》第九条（筹备） / Regulations on Social Groups, art 9',
  REGISTER: '《社会团体登记管理条例》第十二条；《民办非企业单位登记管理暂行条例》第十一条；《基金会管理条例》第十一条 / registration',
  AMEND: '《社会团体登记管理条例》第十八条（变更登记） / amendment',
  SUSPEND: '《社会团体登记管理条例》第三十条（限期停止活动） / suspension',
  RESUME: '限期停止活动期满 / end of the suspension',
  DEREGISTER: '《社会团体登记管理条例》第十九条至第二十一条（注销登记） / deregistration',
  REVOKE: '《社会团体登记管理条例》第三十条（撤销登记） / revocation',
  LAPSE: '《社会团体登记管理条例》第十一条（筹备期满） / preparation lapsed',
  IMPORT: '存量登记数据导入 / imported from the existing register',
  RENEW_CERTIFICATE: '《社会组织登记证书管理办法》（换发登记证书） / rules on registration certificates: renewal',
  RECOGNISE_CHARITY: '《慈善法》第十条（慈善组织认定） / Charity Law, art 10: recognition',
  GRANT_FUNDRAISING: '《慈善法》第二十二条（公开募捐资格） / Charity Law, art 22: public fundraising',
  REVOKE_FUNDRAISING: '《慈善法》（撤销公开募捐资格） / Charity Law: public fundraising revoked',
};
const SUMMARY: Record<string, string> = {
  PREPARE: '批准筹备 / preparation approved', REGISTER: '成立登记 / registered', AMEND: '变更登记 / amended', SUSPEND: '限期停止活动 / suspended',
  RESUME: '恢复活动 / resumed', DEREGISTER: '注销登记 / deregistered', REVOKE: '撤销登记 / revoked', LAPSE: '筹备失效 / preparation lapsed', IMPORT: '导入登记记录 / imported',
  RENEW_CERTIFICATE: '换发登记证书 / certificate renewed',
  RECOGNISE_CHARITY: '认定为慈善组织 / recognised as a charity', GRANT_FUNDRAISING: '准予公开募捐资格 / public fundraising granted',
  REVOKE_FUNDRAISING: '撤销公开募捐资格 / public fundraising revoked',
};
const KIND: Record<string, string> = { AMEND: 'CHANGE', RENEW_CERTIFICATE: 'CERTIFICATE', RECOGNISE_CHARITY: 'CHARITY', GRANT_FUNDRAISING: 'CHARITY', REVOKE_FUNDRAISING: 'CHARITY' };

registerTimelineSource(async (ctx, id) =>
  (await organisationHistory(ctx).load(id)).map((h) =>
    Object.assign(new TimelineEntry(), {
      date: h.effectiveDate,
      kind: KIND[h.action] ?? 'REGISTRATION',
      summary: `${SUMMARY[h.action] ?? h.action}${h.decisionNumber ? `（${h.decisionNumber}）` : ''}${h.action === 'AMEND' ? `：${Object.keys(h.changes).join('、')}` : ''}`,
      legalBasis: BASIS[h.action] ?? '',
      sourceId: h.id,
    }),
  ),
);

/** Every source's entries, in date order. */
export async function timelineOf(ctx: Context, organisationId: string): Promise<TimelineEntry[]> {
  const all = (await Promise.all(sources.map((s) => s(ctx, organisationId)))).flat();
  return all.sort((a, b) => a.date.localeCompare(b.date));
}
