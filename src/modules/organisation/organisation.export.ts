/**
 * Export of the register (an authority's tool): the organisations of a region subtree,
 * filtered by status and type, to CSV or XLSX with Chinese headers — the import's headers,
 * so an export can be edited and imported back once ID numbers are added. Public facts
 * (R-ORG-8) plus funds; no ID numbers or phones. Streamed through a server-side cursor, so a
 * million rows pass in constant memory.
 */
import { cursorChunks } from '../../platform/bulk/cursor.js';
import { createTableWriter, type Cell, type TableFormat } from '../../platform/bulk/table-writer.js';
import type { SqlPool } from '../../platform/db/sql.js';
import { subtreeCondition } from '../../platform/auth/scope.js';
import { fenToYuan } from '../../platform/money.js';
import { REGION_LEVEL_LABELS, type RegionLevel } from '../../platform/regions/region-code.js';
import { ORGANISATION_STATUS_LABELS, type OrganisationStatus } from './domain/lifecycle.js';
import type { FieldOfActivity, Fundraising, OrganisationType } from './domain/organisation-rules.js';
import { COLUMN_LABEL, FIELD_NAMES, FUNDRAISING_NAMES, TYPE_NAMES } from './organisation.import.js';

interface ExportRow {
  uscc: string | null;
  name: string;
  former_names: string[];
  type: OrganisationType;
  fundraising: Fundraising | null;
  status: OrganisationStatus;
  region_code: string;
  region_name: string | null;
  activity_area_level: RegionLevel;
  domicile: string;
  domicile_region_code: string;
  rep_name: string | null;
  business_scope: string;
  unit_name: string | null;
  supervisory_approval: string | null;
  direct_registration: boolean;
  fields: FieldOfActivity[];
  registered_funds_fen: number;
  individual_members: number | null;
  unit_members: number | null;
  registration_date: string | null;
  certificate_number: string | null;
  certificate_valid_until: string | null;
  suspended_until: string | null;
  ended_on: string | null;
  english_name: string | null;
}

/** The export's columns: header and how to write the cell. */
const COLUMNS: [header: string, cell: (r: ExportRow) => Cell][] = [
  [COLUMN_LABEL.code!, (r) => r.uscc],
  [COLUMN_LABEL.name!, (r) => r.name],
  ['曾用名', (r) => r.former_names.join('；')],
  [COLUMN_LABEL.type!, (r) => TYPE_NAMES[r.type]],
  [COLUMN_LABEL.fundraising!, (r) => (r.fundraising ? FUNDRAISING_NAMES[r.fundraising] : null)],
  [COLUMN_LABEL.status!, (r) => ORGANISATION_STATUS_LABELS[r.status]],
  [COLUMN_LABEL.regionCode!, (r) => r.region_code],
  ['登记管理机关', (r) => r.region_name],
  [COLUMN_LABEL.activityArea!, (r) => REGION_LEVEL_LABELS[r.activity_area_level]],
  [COLUMN_LABEL.domicile!, (r) => r.domicile],
  [COLUMN_LABEL.domicileRegionCode!, (r) => r.domicile_region_code],
  [COLUMN_LABEL.repName!, (r) => r.rep_name],
  [COLUMN_LABEL.scope!, (r) => r.business_scope],
  [COLUMN_LABEL.supervisoryUnit!, (r) => r.unit_name],
  [COLUMN_LABEL.supervisoryApproval!, (r) => r.supervisory_approval],
  ['直接登记', (r) => (r.direct_registration ? '是' : '否')],
  [COLUMN_LABEL.fields!, (r) => r.fields.map((f) => FIELD_NAMES[f][0]).join('、')],
  [COLUMN_LABEL.funds!, (r) => fenToYuan(r.registered_funds_fen)],
  [COLUMN_LABEL.individualMembers!, (r) => r.individual_members],
  [COLUMN_LABEL.unitMembers!, (r) => r.unit_members],
  [COLUMN_LABEL.registrationDate!, (r) => r.registration_date],
  [COLUMN_LABEL.certificateNumber!, (r) => r.certificate_number],
  [COLUMN_LABEL.certificateValidUntil!, (r) => r.certificate_valid_until],
  [COLUMN_LABEL.suspendedUntil!, (r) => r.suspended_until],
  [COLUMN_LABEL.endedOn!, (r) => r.ended_on],
  [COLUMN_LABEL.englishName!, (r) => r.english_name],
];

export const EXPORT_HEADERS = COLUMNS.map(([h]) => h);

export interface ExportOptions {
  db: SqlPool;
  format: TableFormat;
  /** The region subtree (an authority's jurisdiction). */
  regionCode: string;
  statuses?: OrganisationStatus[];
  types?: OrganisationType[];
  out: string;
  fetchSize?: number;
  onProgress?: (rows: number) => void;
}

/** Writes the filtered register to `out`; returns the number of organisations written. */
export async function exportOrganisations(opts: ExportOptions): Promise<{ rows: number; file: string }> {
  const params: unknown[] = [];
  const where = [subtreeCondition('o.region_code', opts.regionCode, params)];
  if (opts.statuses?.length) where.push(`o.status = any($${params.push(opts.statuses)})`);
  if (opts.types?.length) where.push(`o.type = any($${params.push(opts.types)})`);
  const sql = `select o.uscc, o.name, o.former_names, o.type, o.fundraising, o.status, o.region_code, r.name as region_name, o.activity_area_level,
      o.domicile, o.domicile_region_code, p.name as rep_name, o.business_scope, su.name as unit_name, o.supervisory_approval, o.direct_registration,
      o.fields, o.registered_funds_fen, o.individual_members, o.unit_members, o.registration_date, o.certificate_number, o.certificate_valid_until,
      o.suspended_until, o.ended_on, o.english_name
    from organisation o
    left join person p on p.id = o.legal_representative_id
    left join supervisory_unit su on su.id = o.supervisory_unit_id
    left join region r on r.code = o.region_code
    where ${where.join(' and ')}
    order by o.region_code, o.name, o.id`;
  const writer = createTableWriter(opts.format, opts.out, EXPORT_HEADERS, '社会组织');
  let rows = 0;
  try {
    for await (const chunk of cursorChunks<ExportRow>(opts.db.pool, sql, params, opts.fetchSize ?? 5_000)) {
      for (const r of chunk) await writer.write(COLUMNS.map(([, cell]) => cell(r)));
      rows += chunk.length;
      opts.onProgress?.(rows);
      // Let the file streams drain between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  } finally {
    await writer.close();
  }
  return { rows, file: opts.out };
}
