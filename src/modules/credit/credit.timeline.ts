/** Credit listings and penalties on the organisation's timeline, each with its legal basis. */
import { registerTimelineSource } from '../organisation/organisation.timeline.js';
import { TimelineEntry } from '../organisation/organisation.types.js';
import { toGlobalId } from '../../platform/graphql/relay.js';

const LIST: Record<string, string> = { ABNORMAL: '活动异常名录 / abnormal activities list', SERIOUS: '严重违法失信名单 / serious illegal and dishonest list' };

let registered = false;
export function registerCreditTimeline(): void {
  if (registered) return;
  registered = true;
  registerTimelineSource(async (ctx, id) => {
    const [listings, penalties] = await Promise.all([
      ctx.db.query<{ id: string; list: string; legal_basis: string[]; listed_on: string; removed_on: string | null; removal_reason: string | null }>(
        'select id, list, legal_basis, listed_on, removed_on, removal_reason from credit_listing where organisation_id = $1', [id]),
      ctx.db.query<{ id: string; kinds: string[]; fine_fen: number; decision_number: string; decided_on: string; legal_basis: string }>(
        'select id, kinds, fine_fen, decision_number, decided_on, legal_basis from penalty where organisation_id = $1', [id]),
    ]);
    const out: TimelineEntry[] = [];
    for (const l of listings) {
      out.push(Object.assign(new TimelineEntry(), { date: l.listed_on, kind: 'CREDIT', summary: `列入${LIST[l.list]}`, legalBasis: l.legal_basis.join('；'), sourceId: toGlobalId('CreditListing', l.id) }));
      if (l.removed_on)
        out.push(Object.assign(new TimelineEntry(), { date: l.removed_on, kind: 'CREDIT', summary: `移出${LIST[l.list]}：${l.removal_reason ?? ''}`, legalBasis: '《社会组织信用信息管理办法》（移出） / removal (R-CREDIT-3)', sourceId: toGlobalId('CreditListing', l.id) }));
    }
    for (const p of penalties)
      out.push(Object.assign(new TimelineEntry(), { date: p.decided_on, kind: 'PENALTY', summary: `行政处罚（${p.decision_number}）：${p.kinds.join('、')}${p.fine_fen ? `，罚款 ${p.fine_fen / 100} 元` : ''}`, legalBasis: p.legal_basis, sourceId: toGlobalId('Penalty', p.id) }));
    return out;
  });
}
