/**
 * Timeline entries (filings, results) and the filing history of R-ORG-7, registered with the
 * organisation module. Credit listings and penalties come from credit.timeline.ts.
 */
import { registerTimelineSource } from '../organisation/organisation.timeline.js';
import { TimelineEntry } from '../organisation/organisation.types.js';
import { INSPECTION_RESULT_LABELS, type InspectionResult } from './domain/results.js';
import { filingsByOrganisation } from './inspection.query.js';

const BASIS = '《社会团体登记管理条例》第二十八条；《民办非企业单位登记管理暂行条例》第二十三条；《基金会管理条例》第三十六条（年度检查、年度工作报告） / annual inspection and report';
const FORM: Record<string, string> = { INSPECTION: '年检', ANNUAL_REPORT: '年报' };
const entry = (date: string, kind: string, summary: string, sourceId: string) => Object.assign(new TimelineEntry(), { date, kind, summary, legalBasis: BASIS, sourceId });

let registered = false;
export function registerInspectionTimeline(): void {
  if (registered) return;
  registered = true;
  registerTimelineSource(async (ctx, id) => {
    const out: TimelineEntry[] = [];
    for (const f of await filingsByOrganisation(ctx).load(id)) {
      const first = f.row.first_submitted_at;
      if (first) out.push(entry(first.toISOString().slice(0, 10), 'FILING', `${f.year}年度${FORM[f.form]}已报送${f.late ? '（逾期） / submitted late' : ' / submitted'}`, f.id));
      if (f.result && f.concludedOn)
        out.push(entry(f.concludedOn, 'RESULT', `${f.year}年度${FORM[f.form]}结论：${INSPECTION_RESULT_LABELS[f.result as InspectionResult]} / result ${f.result}`, f.id));
    }
    return out;
  });
}
