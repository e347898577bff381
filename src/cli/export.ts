/**
 * `npm run export -- organisations --region 310114 [--status REGISTERED,SUSPENDED]
 *   [--type SOCIAL_GROUP] [--format csv|xlsx] --out FILE`
 *
 * Writes the register of a region subtree with Chinese headers, streamed through a
 * server-side cursor (constant memory). The format defaults to the file's extension.
 */
import 'reflect-metadata';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { isRegionCode } from '../platform/regions/region-code.js';
import { exportOrganisations } from '../modules/organisation/organisation.export.js';
import { parseStatus, parseType } from '../modules/organisation/organisation.import.js';
import type { OrganisationStatus } from '../modules/organisation/domain/lifecycle.js';
import type { OrganisationType } from '../modules/organisation/domain/organisation-rules.js';
import { openCliDatabase } from './cli-database.js';

const USAGE = 'usage: npm run export -- organisations --region CODE [--status S1,S2] [--type T] [--format csv|xlsx] --out FILE';

function list<T>(raw: string | undefined, parse: (s: string) => T | undefined, what: string): T[] | undefined {
  if (!raw) return undefined;
  return raw.split(/[,，、]/).map((s) => {
    const v = parse(s.trim());
    if (v === undefined) throw new Error(`unknown ${what}: ${s}`);
    return v;
  });
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { region: { type: 'string' }, status: { type: 'string' }, type: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  });
  const format = (values.format ?? path.extname(values.out ?? '').slice(1).toLowerCase()) as 'csv' | 'xlsx';
  if (positionals[0] !== 'organisations' || !values.region || !isRegionCode(values.region) || !values.out || !['csv', 'xlsx'].includes(format)) {
    console.error(USAGE);
    return 2;
  }
  const statuses = list<OrganisationStatus>(values.status, parseStatus, 'status');
  const types = list<OrganisationType>(values.type, parseType, 'type');
  const db = await openCliDatabase();
  try {
    const started = Date.now();
    const tty = process.stderr.isTTY;
    const r = await exportOrganisations({
      db: db.sql, format, regionCode: values.region, statuses, types, out: path.resolve(values.out),
      onProgress: (n) => tty && process.stderr.write(`\r  ${n.toLocaleString('en')} 行 rows`),
    });
    if (tty) process.stderr.write('\n');
    console.log(JSON.stringify({ ...r, format, ms: Date.now() - started }));
    return 0;
  } finally {
    await db.close();
  }
}

main().then((code) => process.exit(code), (e) => { console.error(e instanceof Error ? e.stack ?? e.message : e); process.exit(1); });
