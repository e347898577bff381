/**
 * People in bulk (R-VOL-1, R-ORG-8): `npm run import -- people FILE`, and the legal
 * representatives of an organisation import. One person per ID number (keyed hash), as in
 * person.service.ts: the same validation, ID numbers and phones stored only encrypted, audit
 * records redacted, events with ids and region only. Set-based: a few statements per batch.
 */
import type { BulkWork } from '../../platform/bulk/unit-of-work.js';
import { insertJsonRows } from '../../platform/bulk/unit-of-work.js';
import type { ImportKind, RejectedRow } from '../../platform/bulk/runner.js';
import type { ColumnSpec, SourceRow } from '../../platform/bulk/table-reader.js';
import type { PiiCipher } from '../../platform/crypto/pii.js';
import type { Problem } from '../../platform/graphql/errors.js';
import { bulkUuidv7 as uuidv7 } from '../../platform/bulk/ids.js';
import type { RegionCodes } from '../region/region.codes.js';
import { maskIdNumber, normalizePhone, validateIdNumber, validatePhone, type IdNumberInfo } from './domain/id-number.js';

/** A validated person of one import row. */
export interface PersonImport {
  name: string;
  id: IdNumberInfo;
  /** Normalised; undefined = not given (an existing value stays). */
  phone?: string;
  address?: string;
  regionCode: string;
}

const NAME_MIN = 2;
const NAME_MAX = 50;
const ADDRESS_MAX = 200;

function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

/**
 * Validates a person's cells with the person module's rules (name 2–50 characters, GB 11643
 * ID number, phone, address length); problems name the columns given in `fields`.
 */
export function validatePersonCells(
  cells: { name: string; idNumber: string; phone?: string; address?: string; regionCode: string },
  fields: { name: string; idNumber: string; phone: string; address?: string },
  today: string,
): { person?: PersonImport; problems: Problem[] } {
  const problems: Problem[] = [];
  const name = cells.name.trim();
  const length = [...name].length;
  if (length < NAME_MIN || length > NAME_MAX) problems.push(problem('NAME_LENGTH', fields.name, `姓名应为 ${NAME_MIN}–${NAME_MAX} 个字`, `the name must have ${NAME_MIN}–${NAME_MAX} characters`));
  const id = validateIdNumber(cells.idNumber, today, fields.idNumber);
  if (!id.ok) problems.push(...id.problems);
  const phone = cells.phone?.trim() || undefined;
  const phoneProblem = phone ? validatePhone(phone, fields.phone) : undefined;
  if (phoneProblem) problems.push(phoneProblem);
  const address = cells.address?.trim() || undefined;
  if (address && [...address].length > ADDRESS_MAX) problems.push(problem('ADDRESS_TOO_LONG', fields.address ?? 'address', `住址最多 ${ADDRESS_MAX} 个字`, `the address may have at most ${ADDRESS_MAX} characters`));
  if (problems.length || !id.ok) return { problems };
  return { person: { name, id, phone: phone && normalizePhone(phone), address, regionCode: cells.regionCode }, problems };
}

interface Existing {
  id: string;
  id_number_hash: string;
  name: string;
  phone_hash: string | null;
  phone_cipher: string | null;
  address_cipher: string | null;
  region_code: string;
}

/** The outcome per ID-number hash: the person's id and what happened to them. */
export interface PeopleUpsert {
  byHash: Map<string, PersonOutcome>;
  /** The same, by normalised ID number. */
  byIdNumber: Map<string, PersonOutcome>;
}

export interface PersonOutcome {
  id: string;
  name: string;
  outcome: 'inserted' | 'updated' | 'unchanged';
}

function newPersonRow(w: BulkWork, pii: PiiCipher, p: PersonImport, hash: string) {
  return {
    id: uuidv7(w.now.getTime()), name: p.name, id_number_cipher: pii.encrypt(p.id.idNumber), id_number_hash: hash, phone_cipher: pii.encrypt(p.phone ?? null),
    phone_hash: pii.hash(p.phone ?? null), address_cipher: pii.encrypt(p.address ?? null), birth_date: p.id.birthDate, sex: p.id.sex, region_code: p.regionCode,
    created_at: w.now, updated_at: w.now, version: 1,
  };
}

/** Inserts the people not yet registered; audits and announces each (PersonRegistered). */
async function insertPeople(w: BulkWork, pii: PiiCipher, missing: [string, PersonImport][], operation: string, out: PeopleUpsert): Promise<void> {
  if (!missing.length) return;
  const rows = missing.map(([hash, p]) => newPersonRow(w, pii, p, hash));
  // A concurrent writer may have registered one of them since we looked: keep theirs.
  const inserted = await insertJsonRows(w.tx, 'person', rows, 'on conflict (id_number_hash) do nothing returning id, id_number_hash');
  const done = new Set(inserted.map((r) => r.id_number_hash as string));
  for (const [i, row] of rows.entries()) {
    if (!done.has(row.id_number_hash)) continue;
    const p = missing[i]![1];
    out.byHash.set(row.id_number_hash, { id: row.id, name: row.name, outcome: 'inserted' });
    w.audit({ operation, entityType: 'Person', entityId: row.id, regionCode: row.region_code, after: { name: p.name, idNumber: p.id.idNumber, phone: p.phone ?? null, address: p.address ?? null, sex: p.id.sex, regionCode: row.region_code } });
    w.emit({ type: 'PersonRegistered', entityType: 'Person', entityId: row.id, regionCode: row.region_code, payload: { personId: row.id, regionCode: row.region_code } });
  }
  const raced = rows.filter((r) => !done.has(r.id_number_hash)).map((r) => r.id_number_hash);
  if (raced.length) for (const r of await w.tx.query<Existing>('select id, id_number_hash, name from person where id_number_hash = any($1)', [raced])) out.byHash.set(r.id_number_hash, { id: r.id, name: r.name, outcome: 'unchanged' });
}

/** Applies name, phone and address given in the file to registered people; blank cells change nothing. */
async function updatePeople(w: BulkWork, pii: PiiCipher, pairs: [Existing, PersonImport][], operation: string, out: PeopleUpsert): Promise<void> {
  const changed: Record<string, unknown>[] = [];
  for (const [e, p] of pairs) {
    const before = { name: e.name, phone: pii.decrypt(e.phone_cipher), address: pii.decrypt(e.address_cipher) };
    const after = { name: p.name, phone: p.phone ?? before.phone, address: p.address ?? before.address };
    if (JSON.stringify(before) === JSON.stringify(after)) {
      out.byHash.set(e.id_number_hash, { id: e.id, name: e.name, outcome: 'unchanged' });
      continue;
    }
    // Re-encrypting an unchanged value would make it look changed (random IV): keep the cipher.
    changed.push({
      id: e.id, name: after.name, phone_cipher: after.phone === before.phone ? e.phone_cipher : pii.encrypt(after.phone), phone_hash: pii.hash(after.phone),
      address_cipher: after.address === before.address ? e.address_cipher : pii.encrypt(after.address),
    });
    out.byHash.set(e.id_number_hash, { id: e.id, name: after.name, outcome: 'updated' });
    w.audit({ operation, entityType: 'Person', entityId: e.id, regionCode: e.region_code, before, after });
    w.emit({ type: 'PersonUpdated', entityType: 'Person', entityId: e.id, regionCode: e.region_code, payload: { personId: e.id, regionCode: e.region_code } });
  }
  if (!changed.length) return;
  await w.tx.query(
    `update person p set name = x.name, phone_cipher = x.phone_cipher, phone_hash = x.phone_hash, address_cipher = x.address_cipher,
            updated_at = $2, version = p.version + 1
       from jsonb_populate_recordset(null::person, $1::jsonb) x where p.id = x.id`,
    [JSON.stringify(changed), w.now],
  );
}

/**
 * Finds or registers the people of a batch by ID number. With `update`, what a row says about
 * a registered person (name, phone, address) is applied; without it (legal representatives),
 * a registered person stays as they are, like `resolveOrRegisterPerson`. New people are
 * inserted in hash order, so concurrent batches sharing people cannot deadlock.
 */
export async function upsertPeople(w: BulkWork, pii: PiiCipher, people: PersonImport[], opts: { update: boolean; operation: string }): Promise<PeopleUpsert> {
  const hashOf = new Map<string, string>();
  const unique = new Map<string, PersonImport>();
  for (const p of people) {
    let hash = hashOf.get(p.id.idNumber);
    if (!hash) hashOf.set(p.id.idNumber, (hash = pii.hash(p.id.idNumber)!));
    if (!unique.has(hash)) unique.set(hash, p);
  }
  const out: PeopleUpsert = { byHash: new Map(), byIdNumber: new Map() };
  const existing = await w.tx.query<Existing>(
    `select id, id_number_hash, name, phone_hash, phone_cipher, address_cipher, region_code from person where id_number_hash = any($1)${opts.update ? ' for update' : ''}`,
    [[...unique.keys()]],
  );
  const found = new Map(existing.map((e) => [e.id_number_hash, e]));
  if (opts.update) await updatePeople(w, pii, existing.map((e) => [e, unique.get(e.id_number_hash)!]), opts.operation, out);
  else for (const e of existing) out.byHash.set(e.id_number_hash, { id: e.id, name: e.name, outcome: 'unchanged' });
  const missing = [...unique].filter(([h]) => !found.has(h)).sort(([a], [b]) => (a < b ? -1 : 1));
  await insertPeople(w, pii, missing, opts.operation, out);
  for (const [idNumber, hash] of hashOf) out.byIdNumber.set(idNumber, out.byHash.get(hash)!);
  return out;
}

const PEOPLE_COLUMNS: ColumnSpec[] = [
  { key: 'name', headers: ['姓名', 'name'], required: true },
  { key: 'idNumber', headers: ['公民身份号码', '身份证号', '身份证号码', 'id number', 'idNumber'], required: true },
  { key: 'phone', headers: ['联系电话', '手机号码', '手机', '电话', 'phone'] },
  { key: 'address', headers: ['住址', '地址', 'address'] },
  { key: 'regionCode', headers: ['登记区划代码', '区划代码', 'region code', 'regionCode'], required: true },
];

/** `npm run import -- people FILE`: registers or updates people by ID number. */
export function peopleImport(deps: { pii: PiiCipher; today: string; regions: RegionCodes }): ImportKind {
  const labels = { name: '姓名', idNumber: '公民身份号码', phone: '联系电话', address: '住址' };
  return {
    kind: 'people',
    columns: PEOPLE_COLUMNS,
    async process(w, rows: SourceRow[]) {
      await deps.regions.load(rows.map((r) => r.values.regionCode ?? ''));
      const rejected: RejectedRow[] = [];
      const valid: PersonImport[] = [];
      for (const r of rows) {
        const v = r.values;
        const { person, problems } = validatePersonCells({ name: v.name ?? '', idNumber: v.idNumber ?? '', phone: v.phone, address: v.address, regionCode: v.regionCode ?? '' }, labels, deps.today);
        if (!deps.regions.has(v.regionCode ?? '')) problems.push(problem('REGION_UNKNOWN', '登记区划代码', `行政区划代码“${v.regionCode ?? ''}”不存在`, `there is no region with code "${v.regionCode ?? ''}"`));
        if (problems.length || !person) rejected.push({ rowNumber: r.rowNumber, key: maskIdNumber(v.idNumber ?? ''), problems });
        else valid.push(person);
      }
      const result = await upsertPeople(w, deps.pii, valid, { update: true, operation: 'personImport' });
      const outcomes = [...result.byHash.values()].map((x) => x.outcome);
      return {
        inserted: outcomes.filter((o) => o === 'inserted').length, updated: outcomes.filter((o) => o === 'updated').length,
        // Rows repeating an ID number within the batch count as unchanged.
        unchanged: valid.length - outcomes.filter((o) => o !== 'unchanged').length, rejected,
      };
    },
  };
}
