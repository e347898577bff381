/**
 * `npm run import -- supervisory-units FILE`: the supervisory units (业务主管单位, R-ORG-3) an
 * organisation import refers to by name. A unit is matched by its credit code when the row
 * has one, otherwise by region and name; new units are created, changed ones updated, each
 * audited and announced, unchanged ones left alone.
 */
import type { ImportKind, RejectedRow } from '../../platform/bulk/runner.js';
import type { ColumnSpec, SourceRow } from '../../platform/bulk/table-reader.js';
import { insertJsonRows, type BulkWork } from '../../platform/bulk/unit-of-work.js';
import type { Problem } from '../../platform/graphql/errors.js';
import { bulkUuidv7 as uuidv7 } from '../../platform/bulk/ids.js';
import { normalizeUscc, validateUsccFormat } from '../organisation/domain/uscc.js';
import type { RegionCodes } from '../region/region.codes.js';

const COLUMNS: ColumnSpec[] = [
  { key: 'name', headers: ['名称', '单位名称', '业务主管单位', 'name'], required: true },
  { key: 'regionCode', headers: ['所在区划代码', '区划代码', 'region code', 'regionCode'], required: true },
  { key: 'code', headers: ['统一社会信用代码', '信用代码', 'uscc', 'code'] },
  { key: 'contactOffice', headers: ['联系科室', 'contact office', 'contactOffice'] },
];

interface Unit {
  rowNumber: number;
  name: string;
  regionCode: string;
  uscc: string | null;
  contactOffice?: string;
}

interface UnitRow {
  id: string;
  name: string;
  region_code: string;
  uscc: string | null;
  contact_office: string | null;
}

function validate(r: SourceRow, regions: RegionCodes): { unit?: Unit; problems: Problem[] } {
  const v = r.values;
  const problems: Problem[] = [];
  const name = (v.name ?? '').trim();
  if ([...name].length < 2) problems.push({ code: 'NAME_TOO_SHORT', field: '名称', message: '名称过短 / the name is too short' });
  const regionCode = v.regionCode ?? '';
  if (!regions.has(regionCode)) problems.push({ code: 'REGION_UNKNOWN', field: '所在区划代码', message: `行政区划代码“${regionCode}”不存在 / there is no region with code "${regionCode}"` });
  const uscc = v.code ? normalizeUscc(v.code) : null;
  if (uscc) problems.push(...validateUsccFormat(uscc, '统一社会信用代码'));
  return problems.length ? { problems } : { unit: { rowNumber: r.rowNumber, name, regionCode, uscc, contactOffice: v.contactOffice || undefined }, problems };
}

const keyOf = (u: { name: string; regionCode?: string; region_code?: string }) => `${u.regionCode ?? u.region_code}|${u.name}`;

/** Existing units matching the batch: by code, then by region and name. */
async function existingUnits(w: BulkWork, units: Unit[]): Promise<(UnitRow | undefined)[]> {
  const codes = units.flatMap((u) => (u.uscc ? [u.uscc] : []));
  const rows = await w.tx.query<UnitRow>(
    `select id, name, region_code, uscc, contact_office from supervisory_unit
      where uscc = any($1) or (region_code, name) in (select * from unnest($2::text[], $3::text[])) for update`,
    [codes, units.map((u) => u.regionCode), units.map((u) => u.name)],
  );
  const byCode = new Map(rows.filter((r) => r.uscc).map((r) => [r.uscc!, r]));
  const byKey = new Map(rows.map((r) => [keyOf(r), r]));
  return units.map((u) => (u.uscc && byCode.get(u.uscc)) || byKey.get(keyOf(u)));
}

async function write(w: BulkWork, units: Unit[]): Promise<{ inserted: number; updated: number; unchanged: number }> {
  // Units without a code have no unique key: concurrent imports take turns.
  await w.tx.query(`select pg_advisory_xact_lock(hashtext('import:supervisory_unit'))`);
  const found = await existingUnits(w, units);
  const inserts: Record<string, unknown>[] = [];
  const updates: Record<string, unknown>[] = [];
  units.forEach((u, i) => {
    const e = found[i];
    const after = { name: u.name, regionCode: u.regionCode, uscc: u.uscc ?? e?.uscc ?? null, contactOffice: u.contactOffice ?? e?.contact_office ?? null };
    if (!e) {
      const id = uuidv7(w.now.getTime());
      inserts.push({ id, name: u.name, region_code: u.regionCode, uscc: after.uscc, contact_office: after.contactOffice, created_at: w.now, version: 1 });
      w.audit({ operation: 'supervisoryUnitImport', entityType: 'SupervisoryUnit', entityId: id, regionCode: u.regionCode, after });
      w.emit({ type: 'SupervisoryUnitCreated', entityType: 'SupervisoryUnit', entityId: id, regionCode: u.regionCode, payload: { supervisoryUnitId: id, name: u.name } });
      return;
    }
    const before = { name: e.name, regionCode: e.region_code, uscc: e.uscc, contactOffice: e.contact_office };
    if (JSON.stringify(before) === JSON.stringify(after)) return;
    updates.push({ id: e.id, name: after.name, region_code: after.regionCode, uscc: after.uscc, contact_office: after.contactOffice });
    w.audit({ operation: 'supervisoryUnitImport', entityType: 'SupervisoryUnit', entityId: e.id, regionCode: after.regionCode, before, after });
    w.emit({ type: 'SupervisoryUnitUpdated', entityType: 'SupervisoryUnit', entityId: e.id, regionCode: after.regionCode, payload: { supervisoryUnitId: e.id, name: after.name } });
  });
  await insertJsonRows(w.tx, 'supervisory_unit', inserts);
  if (updates.length)
    await w.tx.query(
      `update supervisory_unit s set name = x.name, region_code = x.region_code, uscc = x.uscc, contact_office = x.contact_office, version = s.version + 1
         from jsonb_populate_recordset(null::supervisory_unit, $1::jsonb) x where s.id = x.id`,
      [JSON.stringify(updates)],
    );
  return { inserted: inserts.length, updated: updates.length, unchanged: units.length - inserts.length - updates.length };
}

/** The supervisory-unit import (see the module comment). */
export function supervisoryUnitImport(deps: { regions: RegionCodes }): ImportKind {
  const seen = new Map<string, number>();
  return {
    kind: 'supervisory-units',
    columns: COLUMNS,
    skipped: (rows) => rows.forEach((r) => seen.set(r.values.code ? normalizeUscc(r.values.code) : `${r.values.regionCode}|${r.values.name}`, r.rowNumber)),
    async process(w, rows) {
      await deps.regions.load(rows.map((r) => r.values.regionCode ?? ''));
      const rejected: RejectedRow[] = [];
      const units: Unit[] = [];
      for (const r of rows) {
        const { unit, problems } = validate(r, deps.regions);
        const key = unit ? unit.uscc ?? keyOf(unit) : '';
        if (unit && seen.has(key)) problems.push({ code: 'DUPLICATE_IN_FILE', field: unit.uscc ? '统一社会信用代码' : '名称', message: `与第 ${seen.get(key)} 行重复 / repeats row ${seen.get(key)}` });
        if (problems.length || !unit) rejected.push({ rowNumber: r.rowNumber, key: r.values.code || r.values.name || '', problems });
        else {
          seen.set(key, r.rowNumber);
          units.push(unit);
        }
      }
      return { ...(await write(w, units)), rejected };
    },
  };
}
