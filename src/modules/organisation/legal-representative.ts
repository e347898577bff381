/**
 * The legal representative (法定代表人) of a registration: an existing Person by id, or a new
 * one registered once through the person module (de-duplicated by ID number).
 */
import type { Context, UnitOfWork } from '../../platform/graphql/context.js';
import { BusinessRuleError } from '../../platform/graphql/errors.js';
import { localId } from '../../platform/graphql/relay.js';
import { personRefsByIds } from '../person/person.loaders.js';
import { resolveOrRegisterPerson } from '../person/person.service.js';
import type { PersonRefInput } from './organisation.inputs.js';

export async function resolveLegalRepresentative(uow: UnitOfWork, ctx: Context, ref: PersonRefInput, regionCode: string, field: string): Promise<{ id: string; name: string }> {
  if (ref.personId) {
    const person = await personRefsByIds(ctx).load(localId(ref.personId, 'Person', `${field}.personId`));
    if (!person) throw new BusinessRuleError([{ code: 'PERSON_NOT_FOUND', field: `${field}.personId`, message: '未找到该人员 / no such person' }]);
    return { id: person.id, name: person.name };
  }
  if (!ref.name || !ref.idNumber)
    throw new BusinessRuleError([{ code: 'LEGAL_REPRESENTATIVE_REQUIRED', field, message: '请指定法定代表人：已登记人员，或姓名和公民身份号码 / name the legal representative: a registered person, or a name and ID number' }]);
  const person = await resolveOrRegisterPerson(uow, ctx, { name: ref.name, idNumber: ref.idNumber, phone: ref.phone ?? null, regionCode }, field);
  return { id: person.id, name: person.name };
}
