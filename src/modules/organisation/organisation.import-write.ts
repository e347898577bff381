/**
 * Writing an import batch of organisations: one transaction, a handful of statements. The
 * rows' existing records are locked and read, each row is checked (organisation.import.ts),
 * legal representatives are found or registered by ID number, then one multi-row upsert by
 * credit code writes only what differs (`on conflict (uscc) do update … where … is distinct
 * from …`), so an identical re-run writes nothing: no versions move, no audit records, no
 * events. Each written organisation gets its change record (IMPORT), an audit record
 * (`organisationImport`) and an `OrganisationImported` event in the same transaction.
 */
import type { BulkWork } from '../../platform/bulk/unit-of-work.js';
import { insertJsonRows } from '../../platform/bulk/unit-of-work.js';
import type { BatchResult, ImportKind, RejectedRow } from '../../platform/bulk/runner.js';
import type { SourceRow } from '../../platform/bulk/table-reader.js';
import type { PiiCipher } from '../../platform/crypto/pii.js';
import { bulkUuidv7 as uuidv7 } from '../../platform/bulk/ids.js';
import { HAND_OVER_SQL, auditHandOver, type MovedRecord } from './organisation.handover.js';
import { upsertPeople } from '../person/person.import.js';
import { nameGrams, searchText } from './domain/name-search.js';
import { checkRow, COLUMN_LABEL, loadLookups, ORGANISATION_IMPORT_COLUMNS, readRow, type Checked, type Draft, type Existing, type Lookups } from './organisation.import.js';

/** Columns an import may change on an existing record (type and status never: R-ORG-6). */
const UPDATABLE = [
  'fundraising', 'name', 'english_name', 'region_code', 'activity_area_level', 'domicile', 'domicile_region_code', 'legal_representative_id',
  'business_scope', 'supervisory_unit_id', 'supervisory_approval', 'direct_registration', 'fields', 'registered_funds_fen', 'individual_members',
  'unit_members', 'registration_date', 'certificate_number', 'certificate_valid_until', 'suspended_until', 'ended_on', 'contact_name', 'contact_phone',
] as const;
const DERIVED = ['former_names', 'name_grams', 'search_text'] as const;
// Columns with defaults (flags false, version 1) or null are left to the table for new records.
const INSERTED = ['id', 'type', 'uscc', 'status', 'certificate_valid_from', 'created_at', 'updated_at', ...UPDATABLE, ...DERIVED];

const UPSERT_SQL = `insert into organisation (${INSERTED.join(', ')})
  select ${INSERTED.join(', ')} from jsonb_populate_recordset(null::organisation, $1::jsonb)
  on conflict (uscc) do update set ${[...UPDATABLE, ...DERIVED].map((col) => `${col} = excluded.${col}`).join(', ')},
    updated_at = excluded.updated_at, version = organisation.version + 1
  where (${UPDATABLE.map((col) => `organisation.${col}`).join(', ')}) is distinct from (${UPDATABLE.map((col) => `excluded.${col}`).join(', ')})
  returning id, uscc, version`;

type Row = Record<string, unknown> & { id: string; uscc: string; name: string; former_names: string[]; status: string; region_code: string };

/** Public facts of a record, for its change record and audit (no personal data: the legal representative by id). */
function snapshot(r: Row): Record<string, unknown> {
  return {
    name: r.name, uscc: r.uscc, type: r.type, status: r.status, regionCode: r.region_code, domicile: r.domicile, domicileRegionCode: r.domicile_region_code,
    legalRepresentativeId: r.legal_representative_id, businessScope: r.business_scope, supervisoryUnitId: r.supervisory_unit_id, fields: r.fields,
    registeredFundsFen: r.registered_funds_fen, individualMembers: r.individual_members, unitMembers: r.unit_members, registrationDate: r.registration_date,
    certificateNumber: r.certificate_number, certificateValidUntil: r.certificate_valid_until, suspendedUntil: r.suspended_until, endedOn: r.ended_on,
  };
}

function changesBetween(before: Record<string, unknown>, after: Record<string, unknown>) {
  const out: Record<string, { before: unknown; after: unknown }> = {};
  for (const k of Object.keys(after)) if (JSON.stringify(before[k] ?? null) !== JSON.stringify(after[k] ?? null)) out[k] = { before: before[k] ?? null, after: after[k] ?? null };
  return out;
}

/** The record a checked row would store: the existing one with what the row gives. */
function recordOf(w: BulkWork, d: Draft, c: Checked, repId: string, existing: Row | undefined): Row {
  const name = d.name;
  const formerNames = existing && existing.name !== name ? [...existing.former_names.filter((n) => n !== name), existing.name] : existing?.former_names ?? [];
  const given: Record<string, unknown> = {
    fundraising: d.type === 'FOUNDATION' ? d.fundraising ?? existing?.fundraising ?? null : null, name, english_name: d.englishName ?? existing?.english_name ?? null,
    region_code: d.regionCode, activity_area_level: c.activityAreaLevel, domicile: d.domicile.trim(), domicile_region_code: d.domicileRegionCode ?? existing?.domicile_region_code ?? d.regionCode,
    legal_representative_id: repId, business_scope: d.scope.trim(), supervisory_unit_id: c.supervisoryUnitId,
    supervisory_approval: d.supervisoryApproval ?? existing?.supervisory_approval ?? null, direct_registration: c.directRegistration, fields: d.fields,
    registered_funds_fen: d.fundsFen, individual_members: d.individualMembers ?? existing?.individual_members ?? null, unit_members: d.unitMembers ?? existing?.unit_members ?? null,
    registration_date: d.registrationDate, certificate_number: d.certificateNumber.trim(), certificate_valid_until: d.certificateValidUntil ?? existing?.certificate_valid_until ?? null,
    suspended_until: d.suspendedUntil ?? existing?.suspended_until ?? null, ended_on: d.endedOn ?? existing?.ended_on ?? null,
    contact_name: d.contactName ?? existing?.contact_name ?? null, contact_phone: d.contactPhone ?? existing?.contact_phone ?? null,
    former_names: formerNames, name_grams: nameGrams([name, ...formerNames]), search_text: searchText(name, formerNames), updated_at: w.now,
  };
  if (existing) return { ...existing, ...given } as Row;
  return { id: uuidv7(w.now.getTime()), type: d.type, uscc: d.code, status: c.status, certificate_valid_from: d.registrationDate, created_at: w.now, ...given } as unknown as Row;
}

/** The upsert's JSON: only the columns it inserts. */
const upsertJson = (rows: Row[]) => JSON.stringify(rows.map((r) => Object.fromEntries(INSERTED.map((col) => [col, r[col] ?? null]))));

const differs = (a: Row, b: Row) => UPDATABLE.some((col) => JSON.stringify(a[col] ?? null) !== JSON.stringify(b[col] ?? null));

/** Change record, audit record and event of each written organisation. */
async function record(w: BulkWork, written: { row: Row; before: Row | undefined }[], today: string): Promise<void> {
  const changes = written.map(({ row, before }) => {
    const after = snapshot(row);
    w.audit({ operation: 'organisationImport', entityType: 'Organisation', entityId: row.id, regionCode: row.region_code, organisationId: row.id, before: before ? { ...snapshot(before), contactName: before.contact_name, contactPhone: before.contact_phone } : null, after: { ...after, contactName: row.contact_name, contactPhone: row.contact_phone } });
    w.emit({
      type: 'OrganisationImported', entityType: 'Organisation', entityId: row.id, regionCode: row.region_code, organisationId: row.id,
      payload: { organisationId: row.id, name: row.name, code: row.uscc, status: row.status, created: !before, supervisoryUnitId: row.supervisory_unit_id ?? null },
    });
    return {
      id: uuidv7(w.now.getTime()), organisation_id: row.id, action: 'IMPORT', effective_date: before ? today : row.registration_date, decision_number: null,
      reason: before ? '导入更新 / updated by import' : '存量登记数据导入 / imported from the existing register', changes: changesBetween(before ? snapshot(before) : {}, after),
      recorded_at: w.now, recorded_by: w.actor.sub,
    };
  });
  await insertJsonRows(w.tx, 'organisation_change', changes);
}

export interface OrganisationImportDeps {
  pii: PiiCipher;
  lookups: Lookups;
  /** The authority's calendar date (bounds birth dates; dates updates in the change record). */
  today: string;
}

/** Checks every row of a batch against the locked existing records; the rows that pass, with the rest's reasons. */
async function checkBatch(w: BulkWork, rows: SourceRow[], deps: OrganisationImportDeps, seen: Map<string, number>) {
  const drafts = rows.map((r) => readRow(r, deps.today));
  await loadLookups(deps.lookups, drafts);
  const codes = drafts.map((d) => d.code).filter(Boolean);
  const existing = new Map((await w.tx.query<Row>('select * from organisation where uscc = any($1) for update', [codes])).map((r) => [r.uscc, r]));
  const rejected: RejectedRow[] = [];
  const passed: { d: Draft; c: Checked; existing: Row | undefined }[] = [];
  for (const d of drafts) {
    const e = existing.get(d.code);
    const { problems, checked } = await checkRow(d, e as unknown as Existing | undefined, deps.lookups, deps.today);
    const first = seen.get(d.code);
    if (d.code && first !== undefined) problems.push({ code: 'DUPLICATE_IN_FILE', field: COLUMN_LABEL.code, message: `该代码与第 ${first} 行重复 / the code repeats row ${first}` });
    else if (d.code) seen.set(d.code, d.rowNumber);
    if (problems.length || !checked) rejected.push({ rowNumber: d.rowNumber, key: d.code, problems });
    else passed.push({ d, c: checked, existing: e });
  }
  return { passed, rejected };
}

/** Organisations whose supervisory unit the import changed hand their open filings and listings over (organisation.handover.ts). */
async function handOver(w: BulkWork, ids: string[]): Promise<void> {
  if (ids.length) auditHandOver((e) => w.audit(e), await w.tx.query<MovedRecord>(HAND_OVER_SQL, [ids, w.now]));
}

/** Validates and writes one batch (see the module comment). */
export async function importOrganisationBatch(w: BulkWork, rows: SourceRow[], deps: OrganisationImportDeps, seen: Map<string, number>): Promise<BatchResult> {
  const { passed, rejected } = await checkBatch(w, rows, deps, seen);
  const people = await upsertPeople(w, deps.pii, passed.map((p) => p.d.rep!), { update: false, operation: 'personImport' });
  const candidates = passed.map(({ d, c, existing }) => ({ before: existing, row: recordOf(w, d, c, people.byIdNumber.get(d.rep!.id.idNumber)!.id, existing) }));
  const changed = candidates.filter((x) => !x.before || differs(x.before, x.row));
  const written = changed.length ? await w.tx.query<{ id: string; uscc: string }>(UPSERT_SQL, [upsertJson(changed.map((x) => x.row))]) : [];
  // The upsert's id: ours for a new record, the stored one when a concurrent writer got there first.
  const ids = new Map(written.map((r) => [r.uscc, r.id]));
  const done = changed.filter((x) => ids.has(x.row.uscc)).map((x) => ({ before: x.before, row: { ...x.row, id: ids.get(x.row.uscc)! } }));
  await record(w, done, deps.today);
  await handOver(w, done.filter((x) => x.before && (x.before['supervisory_unit_id'] ?? null) !== ((x.row as Row)['supervisory_unit_id'] ?? null)).map((x) => x.row.id));
  const inserted = done.filter((x) => !x.before).length;
  return { inserted, updated: done.length - inserted, unchanged: passed.length - done.length, rejected };
}

/** The organisation import as the import loop runs it. */
export function organisationImport(deps: OrganisationImportDeps): ImportKind {
  const seen = new Map<string, number>();
  return {
    kind: 'organisations',
    columns: ORGANISATION_IMPORT_COLUMNS,
    // Batches touch disjoint organisations (a code repeated in the file is refused), so a few
    // run at once: one validates and encrypts while another's statements run.
    concurrency: 3,
    skipped: (rows) => rows.forEach((r) => r.values.code && seen.set(r.values.code.normalize('NFKC').replace(/\s+/g, '').toUpperCase(), r.rowNumber)),
    process: (w, rows) => importOrganisationBatch(w, rows, deps, seen),
  };
}

