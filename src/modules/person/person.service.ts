/**
 * Use cases of the person register (R-VOL-1, R-ORG-8). Each mutation is one transaction with
 * its audit records (personal data redacted) and its events (ids and region only). Plain ID
 * numbers, phones and addresses exist only in memory: stored encrypted, looked up by keyed
 * hash, never logged, never put in an audit record, an event or an error's extensions.
 */
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { inTransaction, checkVersion, type Context, type UnitOfWork } from '../../platform/graphql/context.js';
import { BusinessRuleError, UserError, errors, type Problem } from '../../platform/graphql/errors.js';
import { localId, uuidv7 } from '../../platform/graphql/relay.js';
import { assertJurisdiction } from '../../platform/auth/scope.js';
import { Role } from '../../platform/auth/viewer.js';
import { dateInZone } from '../../platform/time/calendar.js';
import { normalizeIdNumber, normalizePhone, validateIdNumber, validatePhone, type IdNumberInfo } from './domain/id-number.js';
import { regionByCode } from '../region/region.loaders.js';
import { Person as PersonEntity } from './person.entity.js';
import { entitledToPersonalData, piiOf, presentPerson } from './person.access.js';
import { PERSON_COLUMNS, personsByIds } from './person.loaders.js';
import type { Person, PersonCorrectIdNumberInput, PersonCorrectIdNumberPayload, PersonRegisterInput, PersonRegisterPayload, PersonRow, PersonUpdateInput, PersonUpdatePayload } from './person.types.js';

const NAME_MIN = 2;
const NAME_MAX = 50;
const ADDRESS_MAX = 200;
const REASON_MAX = 500;

/** What other modules hand in to register (or find) a person. */
export interface PersonInput {
  name: string;
  idNumber: string;
  phone?: string | null;
  address?: string | null;
  /** The registering authority's region (personal-data jurisdiction). */
  regionCode: string;
}

/** A person found or registered by {@link resolveOrRegisterPerson}. */
export interface PersonRef {
  /** Local id (uuid); `toGlobalId('Person', id)` for the API. */
  id: string;
  /** The name as registered (for an existing person: theirs, not the input's). */
  name: string;
  regionCode: string;
  /** True when this call registered the person; false when the ID number was known. */
  created: boolean;
}

/** A validated, normalised registration. */
interface Registration {
  name: string;
  id: IdNumberInfo;
  phone: string | null;
  address: string | null;
  regionCode: string;
}

// ---------------------------------------------------------------- validation

function problem(code: string, field: string, zh: string, en: string): Problem {
  return { code, field, message: `${zh} / ${en}` };
}

function nameProblem(raw: string, field: string): Problem | undefined {
  const length = [...raw.trim()].length;
  if (length >= NAME_MIN && length <= NAME_MAX) return undefined;
  return problem('NAME_LENGTH', field, `姓名应为 ${NAME_MIN}–${NAME_MAX} 个字`, `the name must have ${NAME_MIN}–${NAME_MAX} characters`);
}

/** '' and whitespace mean "none". */
function blankToNull(s: string | null | undefined): string | null {
  const t = s?.trim();
  return t ? t : null;
}

function phoneProblems(phone: string | null, field: string): Problem[] {
  const p = phone == null ? undefined : validatePhone(phone, field);
  return p ? [p] : [];
}

function addressProblems(address: string | null, field: string): Problem[] {
  return address && [...address].length > ADDRESS_MAX
    ? [problem('ADDRESS_TOO_LONG', field, `住址最多 ${ADDRESS_MAX} 个字`, `the address may have at most ${ADDRESS_MAX} characters`)]
    : [];
}

/** The authority's calendar date today (bounds birth dates in ID numbers). */
function today(ctx: Context): string {
  return dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
}

/** Validates and normalises a registration; every problem at once, fields under `prefix`. */
async function validateRegistration(ctx: Context, input: PersonInput, prefix: string): Promise<Registration> {
  const problems: Problem[] = [];
  const nameP = nameProblem(input.name, `${prefix}.name`);
  if (nameP) problems.push(nameP);
  const id = validateIdNumber(input.idNumber, today(ctx), `${prefix}.idNumber`);
  if (!id.ok) problems.push(...id.problems);
  const phone = blankToNull(input.phone);
  problems.push(...phoneProblems(phone, `${prefix}.phone`));
  const address = blankToNull(input.address);
  problems.push(...addressProblems(address, `${prefix}.address`));
  if (!(await regionByCode(ctx).load(input.regionCode)))
    problems.push(problem('REGION_UNKNOWN', `${prefix}.regionCode`, `行政区划代码“${input.regionCode}”不存在`, `there is no region with code "${input.regionCode}"`));
  if (problems.length || !id.ok) throw new BusinessRuleError(problems);
  return { name: input.name.trim(), id, phone: phone && normalizePhone(phone), address, regionCode: input.regionCode };
}

// ---------------------------------------------------------------- storage

function rowOf(p: PersonEntity): PersonRow {
  return {
    id: p.id, name: p.name, region_code: p.regionCode, birth_date: p.birthDate, sex: p.sex,
    id_number_cipher: p.idNumberCipher, phone_cipher: p.phoneCipher ?? null, address_cipher: p.addressCipher ?? null,
    version: p.version, created_at: p.createdAt,
  };
}

/**
 * Serialises registrations of one ID number until the transaction ends, so two clerks
 * registering the same person at once get one person (the second sees the first's row:
 * READ COMMITTED takes a fresh snapshot per statement).
 */
async function lockIdNumber(em: EntityManager, idHash: string): Promise<void> {
  await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [idHash]);
}

function alreadyRegistered(field: string): Problem {
  return problem('PERSON_ALREADY_REGISTERED', field, '该公民身份号码已登记，请直接使用已登记的人员', 'a person with this ID number is already registered; use the existing person');
}

/** Inserts a person with its audit record and PersonRegistered event. */
function insertPerson(uow: UnitOfWork, ctx: Context, r: Registration, idHash: string): PersonEntity {
  const pii = piiOf(ctx);
  const p = uow.em.create(PersonEntity, {
    id: uuidv7(uow.now.getTime()),
    name: r.name,
    idNumberCipher: pii.encrypt(r.id.idNumber)!,
    idNumberHash: idHash,
    phoneCipher: pii.encrypt(r.phone),
    phoneHash: pii.hash(r.phone),
    addressCipher: pii.encrypt(r.address),
    birthDate: r.id.birthDate,
    sex: r.id.sex,
    regionCode: r.regionCode,
    createdAt: uow.now,
    updatedAt: uow.now,
    version: 1,
  });
  uow.audit({
    operation: 'personRegister', entityType: 'Person', entityId: p.id, regionCode: p.regionCode,
    after: { name: r.name, idNumber: r.id.idNumber, phone: r.phone, address: r.address, sex: r.id.sex, regionCode: r.regionCode },
  });
  uow.emit({ type: 'PersonRegistered', entityType: 'Person', entityId: p.id, regionCode: p.regionCode, payload: { personId: p.id, regionCode: p.regionCode } });
  return p;
}

// ---------------------------------------------------------------- use cases

/**
 * `personRegister`: an AUTHORITY registers a person in its jurisdiction. A known ID number
 * (same keyed hash) is not registered twice: the payload carries PERSON_ALREADY_REGISTERED
 * and the existing person (masked unless the clerk is entitled), to reuse.
 */
export async function registerPerson(ctx: Context, input: PersonRegisterInput): Promise<Partial<PersonRegisterPayload>> {
  assertJurisdiction(ctx.viewer, input.regionCode);
  const r = await validateRegistration(ctx, input, 'input');
  const idHash = piiOf(ctx).hash(r.id.idNumber)!;
  try {
    return await inTransaction(ctx, async (uow) => {
      await lockIdNumber(uow.em, idHash);
      const existing = await uow.em.findOne(PersonEntity, { idNumberHash: idHash });
      if (existing) return { person: presentPerson(ctx, rowOf(existing)), userErrors: [UserError.of(alreadyRegistered('input.idNumber'))] };
      const p = insertPerson(uow, ctx, r, idHash);
      await uow.em.flush();
      return { person: presentPerson(ctx, rowOf(p)) };
    });
  } catch (e) {
    // Only reachable when a writer bypassed the lock: the number is taken all the same.
    if (!(e instanceof UniqueConstraintViolationException)) throw e;
    const [row] = await ctx.db.query<PersonRow>(`select ${PERSON_COLUMNS} from person where id_number_hash = $1`, [idHash]);
    return { person: row ? presentPerson(ctx, row) : null, userErrors: [UserError.of(alreadyRegistered('input.idNumber'))] };
  }
}

/**
 * For other modules' use cases (an organisation's legal representative, bulk import), inside
 * their unit of work: the person with this ID number if one is registered (nothing about them
 * is changed, whatever the input says), otherwise a new registration, audited and evented in
 * the caller's transaction. Invalid input throws a BusinessRuleError whose fields start with
 * `fieldPrefix` (e.g. 'input.legalRepresentative'). The caller checks who may do this.
 */
export async function resolveOrRegisterPerson(uow: UnitOfWork, ctx: Context, input: PersonInput, fieldPrefix = 'input'): Promise<PersonRef> {
  const r = await validateRegistration(ctx, input, fieldPrefix);
  const idHash = piiOf(ctx).hash(r.id.idNumber)!;
  await lockIdNumber(uow.em, idHash);
  const existing = await uow.em.findOne(PersonEntity, { idNumberHash: idHash });
  if (existing) return { id: existing.id, name: existing.name, regionCode: existing.regionCode, created: false };
  const p = insertPerson(uow, ctx, r, idHash);
  return { id: p.id, name: p.name, regionCode: p.regionCode, created: true };
}

/** Loads a person for a change by an AUTHORITY of its jurisdiction, at the expected version. */
async function personForChange(uow: UnitOfWork, ctx: Context, id: string, globalId: string, expectedVersion: number | null | undefined): Promise<PersonEntity> {
  const p = await uow.em.findOne(PersonEntity, { id });
  if (!p) throw errors.notFound('人员 / person', globalId);
  assertJurisdiction(ctx.viewer, p.regionCode);
  checkVersion(p, expectedVersion, '人员信息 / person');
  return p;
}

/**
 * `personUpdate`: name, phone and address (not the ID number). Omitted fields stay; an empty
 * phone or address clears it. Nothing changed = nothing written.
 */
export async function updatePerson(ctx: Context, input: PersonUpdateInput): Promise<Partial<PersonUpdatePayload>> {
  const id = localId(input.id, 'Person', 'input.id');
  const problems: Problem[] = [];
  const nameP = input.name == null ? undefined : nameProblem(input.name, 'input.name');
  if (nameP) problems.push(nameP);
  const phone = input.phone === undefined ? undefined : blankToNull(input.phone);
  if (phone) problems.push(...phoneProblems(phone, 'input.phone'));
  const address = input.address === undefined ? undefined : blankToNull(input.address);
  if (address) problems.push(...addressProblems(address, 'input.address'));
  if (problems.length) throw new BusinessRuleError(problems);
  const pii = piiOf(ctx);
  return inTransaction(ctx, async (uow) => {
    const p = await personForChange(uow, ctx, id, input.id, input.expectedVersion);
    const before: Record<string, unknown> = { name: p.name, phone: pii.decrypt(p.phoneCipher), address: pii.decrypt(p.addressCipher) };
    const after = { ...before };
    if (input.name != null) after.name = p.name = input.name.trim();
    if (phone !== undefined) {
      const normal = phone && normalizePhone(phone);
      after.phone = normal;
      // Re-encrypting an unchanged value would make the row look changed (random IV).
      if (pii.hash(normal) !== (p.phoneHash ?? null)) {
        p.phoneCipher = pii.encrypt(normal);
        p.phoneHash = pii.hash(normal);
      }
    }
    if (address !== undefined && address !== before.address) {
      after.address = address;
      p.addressCipher = pii.encrypt(address);
    }
    if (JSON.stringify(before) !== JSON.stringify(after)) {
      p.updatedAt = uow.now;
      uow.audit({ operation: 'personUpdate', entityType: 'Person', entityId: p.id, regionCode: p.regionCode, before, after });
      uow.emit({ type: 'PersonUpdated', entityType: 'Person', entityId: p.id, regionCode: p.regionCode, payload: { personId: p.id, regionCode: p.regionCode } });
      await uow.em.flush();
    }
    return { person: presentPerson(ctx, rowOf(p)) };
  });
}

/**
 * `personCorrectIdNumber`: an AUTHORITY corrects a wrongly registered ID number, with a
 * reason recorded in the audit trail; birth date and sex follow the new number. A number
 * that belongs to another registered person is refused (PERSON_ALREADY_REGISTERED).
 */
export async function correctPersonIdNumber(ctx: Context, input: PersonCorrectIdNumberInput): Promise<Partial<PersonCorrectIdNumberPayload>> {
  const id = localId(input.id, 'Person', 'input.id');
  const problems: Problem[] = [];
  const info = validateIdNumber(input.idNumber, today(ctx), 'input.idNumber');
  if (!info.ok) problems.push(...info.problems);
  const reason = input.reason.trim();
  if (!reason || [...reason].length > REASON_MAX)
    problems.push(problem('REASON_REQUIRED', 'input.reason', `请填写更正理由（最多 ${REASON_MAX} 字）`, `give the reason for the correction (at most ${REASON_MAX} characters)`));
  if (problems.length || !info.ok) throw new BusinessRuleError(problems);
  const pii = piiOf(ctx);
  const idHash = pii.hash(info.idNumber)!;
  return inTransaction(ctx, async (uow) => {
    const p = await personForChange(uow, ctx, id, input.id, input.expectedVersion);
    if (p.idNumberHash === idHash)
      throw new BusinessRuleError([problem('ID_NUMBER_UNCHANGED', 'input.idNumber', '新号码与已登记的号码相同', 'the new number is the one already registered')]);
    await lockIdNumber(uow.em, idHash);
    if (await uow.em.findOne(PersonEntity, { idNumberHash: idHash })) throw new BusinessRuleError([alreadyRegistered('input.idNumber')]);
    const before = { idNumber: pii.decrypt(p.idNumberCipher), sex: p.sex };
    Object.assign(p, { idNumberCipher: pii.encrypt(info.idNumber)!, idNumberHash: idHash, birthDate: info.birthDate, sex: info.sex, updatedAt: uow.now });
    uow.audit({ operation: 'personCorrectIdNumber', entityType: 'Person', entityId: p.id, regionCode: p.regionCode, before, after: { idNumber: info.idNumber, sex: info.sex, reason } });
    uow.emit({ type: 'PersonIdNumberCorrected', entityType: 'Person', entityId: p.id, regionCode: p.regionCode, payload: { personId: p.id, regionCode: p.regionCode } });
    await uow.em.flush();
    return { person: presentPerson(ctx, rowOf(p)) };
  });
}

// ---------------------------------------------------------------- reading

/**
 * `person(id:)`: for those entitled to the person's data (an AUTHORITY of the person's
 * jurisdiction, the person themself). Unknown id → NOT_FOUND. Known but not entitled →
 * FORBIDDEN, not NOT_FOUND: a person's existence is no secret (registering the same ID number
 * reveals it by design), so the honest answer tells the clerk why.
 */
export async function findPerson(ctx: Context, globalId: string): Promise<Person> {
  const person = await personsByIds(ctx).load(localId(globalId, 'Person'));
  if (!person) throw errors.notFound('人员 / person', globalId);
  if (!person.personalDataVisible) {
    throw ctx.viewer.role === Role.AUTHORITY
      ? errors.forbidden(`该人员的个人信息不在您的管辖范围内（${person.regionCode}） / this person's personal data is outside your jurisdiction (${person.regionCode})`)
      : errors.forbidden('只能查看本人的信息 / you may only see your own personal data');
  }
  return person;
}

/**
 * `personByIdNumber`: exact lookup for an AUTHORITY through the keyed hash of the normalised
 * number; null when no one has it or the person is outside the caller's jurisdiction.
 */
export async function findPersonByIdNumber(ctx: Context, idNumber: string): Promise<Person | null> {
  const hash = piiOf(ctx).hash(normalizeIdNumber(idNumber));
  const rows = await ctx.db.query<PersonRow>(`select ${PERSON_COLUMNS} from person where id_number_hash = $1`, [hash]);
  const row = rows[0];
  if (!row || ctx.viewer.role !== Role.AUTHORITY || !entitledToPersonalData(ctx.viewer, { id: row.id, regionCode: row.region_code })) return null;
  return presentPerson(ctx, row);
}

/** Node fetcher: the same rule as `person(id:)`; null for those not entitled. */
export async function personNodes(ctx: Context, ids: readonly string[]): Promise<(Person | null)[]> {
  const people = await personsByIds(ctx).loadMany(ids);
  return people.map((p) => (p && !(p instanceof Error) && p.personalDataVisible ? p : null));
}
