/** One ready development token per role, tied to demo records where the role needs one. */
import { mintToken } from '../platform/auth/jwt.js';
import { Role } from '../platform/auth/viewer.js';
import type { Sql } from '../platform/db/sql.js';

export interface DevToken {
  label: string;
  token: string;
}

async function firstId(sql: Sql, table: string): Promise<string | undefined> {
  try {
    const rows = await sql.query<{ id: string }>(`select id from ${table} order by id limit 1`);
    return rows[0]?.id;
  } catch {
    return undefined; // the module's table does not exist yet
  }
}

export async function devTokens(sql: Sql, secret: string): Promise<DevToken[]> {
  const out: DevToken[] = [];
  const add = async (label: string, claims: Parameters<typeof mintToken>[1]) => out.push({ label, token: await mintToken(secret, claims) });
  await add('AUTHORITY 嘉定区民政局 (310114)', { role: Role.AUTHORITY, sub: 'dev-authority-310114', name: '嘉定区民政局（演示）', regionCode: '310114' });
  await add('AUTHORITY 上海市民政局 (310000)', { role: Role.AUTHORITY, sub: 'dev-authority-310000', name: '上海市民政局（演示）', regionCode: '310000' });
  const org = await firstId(sql, 'organisation');
  if (org) await add('ORGANISATION (first demo organisation)', { role: Role.ORGANISATION, sub: 'dev-organisation', name: '社会组织工作人员（演示）', organisationId: org, regionCode: '310114' });
  const unit = await firstId(sql, 'supervisory_unit');
  if (unit) await add('SUPERVISOR (first demo supervisory unit)', { role: Role.SUPERVISOR, sub: 'dev-supervisor', name: '业务主管单位（演示）', supervisoryUnitId: unit, regionCode: '310114' });
  const committee = await firstId(sql, 'committee');
  if (committee) await add('COMMITTEE (first demo committee)', { role: Role.COMMITTEE, sub: 'dev-committee', name: '居委会工作人员（演示）', committeeId: committee, regionCode: '310114' });
  const person = await firstId(sql, 'person');
  await add('VOLUNTEER (a person)', { role: Role.VOLUNTEER, sub: 'dev-volunteer', name: '志愿者（演示）', personId: person ?? '00000000-0000-7000-8000-000000000000' });
  return out;
}
