/**
 * Demo organisations (issue: "a few hundred organisations across the demo regions"): the
 * deterministic register of organisation.seed-data.ts written in four set-based statements
 * (supervisory units, people, organisations, change records), so the first `npm start` stays
 * fast. Idempotent: every row has a fixed id and unique key, and conflicts are skipped.
 * ID numbers and phones are stored encrypted with their lookup hashes, like the person module does.
 */
import type { Sql } from '../../platform/db/sql.js';
import type { Seeder } from '../seed.js';
import { nameGrams, searchText } from './domain/name-search.js';
import { demoRegister } from './organisation.seed-data.js';

const snake = (k: string) => k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** Inserts rows (camelCase keys) typed by the table's own row type; existing keys are left alone. */
async function insertRows(db: Sql, table: string, rows: Record<string, unknown>[]): Promise<void> {
  if (!rows.length) return;
  const cols = Object.keys(rows[0]!).map(snake);
  const json = rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [snake(k), v])));
  await db.query(
    `insert into ${table} (${cols.join(', ')}) select ${cols.join(', ')} from jsonb_populate_recordset(null::${table}, $1::jsonb) on conflict do nothing`,
    [JSON.stringify(json)],
  );
}

export const seedOrganisations: Seeder = async (db, log, { pii, now }) => {
  const demo = demoRegister();
  await insertRows(db, 'supervisory_unit', demo.units.map((u) => ({ ...u, createdAt: now, version: 1 })));
  await insertRows(db, 'person', demo.people.map((p) => ({
    id: p.id, name: p.name, idNumberCipher: pii.encrypt(p.idNumber), idNumberHash: pii.hash(p.idNumber), phoneCipher: pii.encrypt(p.phone),
    phoneHash: pii.hash(p.phone), addressCipher: null, birthDate: p.birthDate, sex: p.sex, regionCode: p.regionCode, createdAt: now, updatedAt: now, version: 1,
  })));
  await insertRows(db, 'organisation', demo.organisations.map((o) => ({
    ...o, nameGrams: nameGrams([o.name, ...o.formerNames]), searchText: searchText(o.name, o.formerNames), createdAt: now, updatedAt: now, version: 1,
  })));
  await insertRows(db, 'organisation_change', demo.changes.map((c) => ({ ...c, recordedAt: now, recordedBy: 'seed:demo' })));
  log.info({ organisations: demo.organisations.length, people: demo.people.length, supervisoryUnits: demo.units.length }, 'demo organisations loaded');
};
