/**
 * Who may see a person's personal data (R-VOL-1, R-ORG-8), in one place. Everything that
 * shows a Person (queries, payloads, node(id), other modules' relation fields) presents it
 * through {@link presentPerson}, so the rule cannot be forgotten on one path.
 */
import type { Context } from '../../platform/graphql/context.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import { Role } from '../../platform/auth/viewer.js';
import { inSubtree } from '../../platform/auth/scope.js';
import { toGlobalId } from '../../platform/graphql/relay.js';
import { PII_SERVICE, type PiiCipher } from '../../platform/crypto/pii.js';
import { maskIdNumber, maskPhone } from './domain/id-number.js';
import { Person, Sex, type PersonRow } from './person.types.js';

/**
 * True when `viewer` is entitled to the person's full personal data: an AUTHORITY whose
 * subtree holds the person's region (the personal-data jurisdiction), or the person
 * themself (a VOLUNTEER token whose personId is theirs). This is also who may read a person
 * directly (`person(id:)`, `node(id:)`); everyone else meets people only inside other
 * records, masked.
 */
export function entitledToPersonalData(viewer: Viewer, person: { id: string; regionCode: string }): boolean {
  if (viewer.role === Role.AUTHORITY) return !!viewer.regionCode && inSubtree(viewer.regionCode, person.regionCode);
  if (viewer.role === Role.VOLUNTEER) return !!viewer.personId && viewer.personId === person.id;
  return false;
}

/** The process-wide personal-data cipher. */
export function piiOf(ctx: Context): PiiCipher {
  return ctx.app.get<PiiCipher>(PII_SERVICE);
}

/**
 * Presents a stored person to the caller: full ID number, phone, address and birth date when
 * entitled; otherwise the ID number and phone masked ('3101**********123X', '138****5678')
 * and the address and birth date withheld (with the birth date, a masked number would lose
 * most of its mask).
 */
export function presentPerson(ctx: Context, row: PersonRow): Person {
  const visible = entitledToPersonalData(ctx.viewer, { id: row.id, regionCode: row.region_code });
  const pii = piiOf(ctx);
  const idNumber = pii.decrypt(row.id_number_cipher)!;
  const phone = pii.decrypt(row.phone_cipher);
  return Object.assign(new Person(), {
    id: toGlobalId('Person', row.id),
    name: row.name,
    idNumber: visible ? idNumber : maskIdNumber(idNumber),
    phone: phone == null ? null : visible ? phone : maskPhone(phone),
    address: visible ? pii.decrypt(row.address_cipher) : null,
    birthDate: visible ? row.birth_date : null,
    sex: row.sex as Sex,
    regionCode: row.region_code,
    personalDataVisible: visible,
    version: row.version,
    createdAt: row.created_at,
  });
}
