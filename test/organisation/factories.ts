/** Test factories for the register: valid codes, ID numbers and registration facts. */
import { makeUscc } from '../../src/modules/organisation/domain/uscc.js';
import { makeIdNumber } from '../../src/modules/person/domain/id-number.js';
import type { OrganisationFactsInput } from '../generated/graphql.js';

let seq = Math.floor(Math.random() * 1_000_000);

/** A valid unified social credit code: 51 social group, 52 service institution, 53 foundation. */
export function uscc(prefix: '51' | '52' | '53', division = '310114'): string {
  seq += 1;
  return makeUscc(prefix, division, `M${String(seq).padStart(7, '0')}`);
}

/** A valid citizen ID number. */
export function idNumber(birth = '1975-04-12'): string {
  seq += 1;
  return makeIdNumber('310114', birth, seq % 999);
}

/** Facts of a social group that passes every rule, overridable. */
export function socialGroupFacts(over: Partial<OrganisationFactsInput> = {}): OrganisationFactsInput {
  return {
    name: `嘉定区测试文化协会${seq}`,
    regionCode: '310114',
    domicile: '上海市嘉定区博乐路 70 号',
    domicileRegionCode: '310114001',
    legalRepresentative: { name: '王建国', idNumber: idNumber(), phone: '13812345678' },
    businessScope: '组织文化交流活动，开展培训',
    fields: ['COMMUNITY_SERVICE'],
    registeredFundsFen: 5_000_000,
    individualMembers: 60,
    unitMembers: 0,
    contactPhone: '021-59990000',
    ...over,
  };
}

/** Facts of a service institution (registers directly, no preparation). */
export function serviceInstitutionFacts(over: Partial<OrganisationFactsInput> = {}): OrganisationFactsInput {
  return socialGroupFacts({ name: `嘉定区测试养老服务中心${seq}`, fields: ['COMMUNITY_SERVICE', 'ELDERLY_CARE'], registeredFundsFen: 10_000_000, individualMembers: null, ...over });
}
