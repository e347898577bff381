/**
 * Demo register: a few hundred organisations across the demo areas, built from the parts in
 * organisation.seed-parts.ts with a seeded PRNG, so every fresh start gets the same data.
 * Every organisation passes the registration rules with the national defaults (R-ORG-1 …
 * R-ORG-5, R-USCC-1 … R-USCC-4; see organisation.seed-data.test.ts).
 */
import { addDays, addMonths, addYears, fromDayNumber, toDayNumber, type IsoDate } from '../../platform/time/calendar.js';
import { makeIdNumber } from '../person/domain/id-number.js';
import { makeUscc } from './domain/uscc.js';
import type { FieldOfActivity, OrganisationType } from './domain/organisation-rules.js';
import {
  AREAS, BRANDS, FEMALE_NAMES, FOUNDATIONS, MALE_NAMES, SG_PLACE_TOPICS, SG_TOPICS, SI_PLACE_TOPICS, SI_TOPICS, SURNAMES, UNIT_KINDS,
  type Area, type FoundationPart, type Place, type Topic, type UnitKind,
} from './organisation.seed-parts.js';

export interface DemoUnit { id: string; name: string; regionCode: string; uscc: string; contactOffice: string }
export interface DemoPerson { id: string; name: string; idNumber: string; phone: string; birthDate: string; sex: 'MALE' | 'FEMALE'; regionCode: string }
export interface DemoChange { id: string; organisationId: string; action: string; effectiveDate: string; decisionNumber: string | null; reason: string | null; changes: Record<string, { before: unknown; after: unknown }> }

/** An organisation row (camelCase of the table's columns, minus search columns and timestamps). */
export interface DemoOrganisation {
  id: string; type: OrganisationType; fundraising: 'PUBLIC' | 'NON_PUBLIC' | null; name: string; formerNames: string[]; uscc: string | null;
  status: string; regionCode: string; activityAreaLevel: string; domicile: string; domicileRegionCode: string; domicileSource: string;
  legalRepresentativeId: string; businessScope: string; supervisoryUnitId: string | null; supervisoryApproval: string | null;
  directRegistration: boolean; fields: FieldOfActivity[]; registeredFundsFen: number; individualMembers: number | null; unitMembers: number | null;
  preparationApprovedOn: string | null; registrationDueBy: string | null; registrationDate: string | null; certificateNumber: string | null;
  certificateValidFrom: string | null; certificateValidUntil: string | null; charityRecognised: boolean; charityRecognisedOn: string | null;
  publicFundraisingQualified: boolean; partyOrganisation: boolean; partyBuildingInCharter: boolean; decoupled: boolean; fullTimeStaff: number;
  contactName: string; contactPhone: string; suspendedUntil: string | null; endedOn: string | null; endReason: string | null;
  endDecisionNumber: string | null; liquidationDate: string | null;
}

export interface DemoRegister { units: DemoUnit[]; people: DemoPerson[]; organisations: DemoOrganisation[]; changes: DemoChange[] }

const YUAN = 100;
const LAST_REGISTRATION = '2026-10-31';
const APPROVAL_ABBR: Record<UnitKind, string> = { EDU: '教', CULTURE: '文旅', SPORT: '体', HEALTH: '卫健', SCI: '科', JUSTICE: '司', ENV: '环', HR: '人社', AGRI: '农', CIVIL: '民' };
const DEREGISTER_REASONS = ['自行解散', '完成章程规定的宗旨', '因合并注销', '资金不足，无法继续开展活动'];
const REVOKE_REASONS = ['连续两年未参加年度检查（名存实亡）', '连续两年年度检查不合格', '登记住所无法取得联系'];
const SUSPEND_REASONS = ['未按规定参加年度检查', '超出章程规定的宗旨和业务范围开展活动'];

/** mulberry32: small, fast, and the same sequence on every platform. */
class Rng {
  constructor(private state: number) {}
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let x = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  date(from: IsoDate, to: IsoDate): IsoDate {
    return fromDayNumber(this.int(toDayNumber(from), toDayNumber(to)));
  }
  /** A UUID v7 whose time part is `date` (ids sort roughly by registration, like real ones). */
  uuid(date: IsoDate): string {
    const hex = (n: number) => Array.from({ length: n }, () => this.int(0, 15).toString(16)).join('');
    const ms = (Math.max(0, toDayNumber(date)) * 86_400_000).toString(16).padStart(12, '0');
    return `${ms.slice(0, 8)}-${ms.slice(8)}-7${hex(3)}-${'89ab'[this.int(0, 3)]}${hex(3)}-${hex(12)}`;
  }
}

const minDate = (a: IsoDate, b: IsoDate) => (a < b ? a : b);

/** Builds the demo register; pure and deterministic. */
export function demoRegister(): DemoRegister {
  return new Builder().build();
}

class Builder {
  private readonly rng = new Rng(20_260_301);
  private readonly out: DemoRegister = { units: [], people: [], organisations: [], changes: [] };
  private readonly names = new Set<string>();
  private readonly idNumbers = new Set<string>();
  private codeCounter = 1;
  private numberCounter = new Map<string, number>();

  build(): DemoRegister {
    for (const area of AREAS) this.area(area);
    for (const f of FOUNDATIONS) this.foundation(f);
    return this.out;
  }

  private area(area: Area): void {
    const units = this.units(area);
    for (let i = 0; i < area.socialGroups; i++) {
      const { name, topic, place, community } = this.socialGroupName(area);
      const preparing = area.region === '310114' && i < 2;
      this.organisation(area, 'SOCIAL_GROUP', topic, name, units, place, community, preparing);
    }
    for (let i = 0; i < area.serviceInstitutions; i++) {
      const { name, topic, place, community, brand } = this.serviceName(area);
      const org = this.organisation(area, 'SERVICE_INSTITUTION', topic, name, units, place, community, false);
      if (brand && org.status === 'REGISTERED' && org.registrationDate! <= '2022-12-31' && this.rng.chance(0.12)) this.rename(area, org, brand, topic);
    }
  }

  private units(area: Area): Record<UnitKind, DemoUnit> {
    const out = {} as Record<UnitKind, DemoUnit>;
    for (const kind of UNIT_KINDS) {
      const base = String(10_000_000 + this.codeCounter++ * 7_919).slice(-8);
      const unit: DemoUnit = { id: this.rng.uuid('2005-01-01'), name: area.full + area.units[kind], regionCode: area.region, uscc: makeUscc('11', area.region, base), contactOffice: kind === 'CIVIL' ? '社会组织管理科' : '办公室' };
      this.out.units.push(unit);
      out[kind] = unit;
    }
    return out;
  }

  /** Draws names until one is new. */
  private unique<T extends { name: string }>(draw: () => T): T {
    for (;;) {
      const c = draw();
      if (!this.names.has(c.name)) {
        this.names.add(c.name);
        return c;
      }
    }
  }

  private socialGroupName(area: Area) {
    return this.unique(() => {
      if (area.level === 'DISTRICT' && this.rng.chance(0.3)) {
        const place = this.rng.pick(area.places);
        const topic = this.rng.pick(SG_PLACE_TOPICS);
        return { name: `${this.rng.chance(0.5) ? area.short : area.full}${place.name}${topic.name}`, topic, place, community: undefined };
      }
      const topic = this.rng.pick([...SG_TOPICS, ...area.extraSG]);
      const prefix = area.full.startsWith('上海市') && this.rng.chance(0.5) ? area.short : area.full;
      return { name: `${prefix}${topic.name}`, topic, place: undefined, community: undefined };
    });
  }

  private serviceName(area: Area) {
    return this.unique(() => {
      if (area.level === 'DISTRICT' && this.rng.chance(0.3)) {
        const place = this.rng.pick(area.places);
        const community = this.rng.chance(0.4) ? this.rng.pick(place.communities) : undefined;
        const topic = this.rng.pick(SI_PLACE_TOPICS);
        return { name: `${area.full}${place.name}${community?.[0] ?? ''}${topic.name}`, topic, place, community, brand: undefined };
      }
      const brand = this.rng.pick(BRANDS);
      const topic = this.rng.pick(SI_TOPICS);
      return { name: `${area.full}${brand}${topic.name}`, topic, place: undefined, community: undefined, brand };
    });
  }

  private serial(key: string): number {
    const n = (this.numberCounter.get(key) ?? 0) + 1;
    this.numberCounter.set(key, n);
    return n;
  }

  private decisionNumber(prefix: string, date: IsoDate): string {
    const year = date.slice(0, 4);
    const key = `${prefix}${year}`;
    // An authority's documents of a year are numbered from 1, most of them about other matters.
    const n = (this.numberCounter.get(key) ?? this.rng.int(0, 40)) + this.rng.int(1, 4);
    this.numberCounter.set(key, n);
    return `${prefix}〔${year}〕${n}号`;
  }

  private uscc(prefix: string, division: string, registered: IsoDate): string {
    // A bijection on 0 … 999,999, so every organisation gets its own code.
    const digits = String((this.codeCounter++ * 7_919 + 13) % 1_000_000).padStart(6, '0');
    // Codes issued since 2016 carry organisation codes like MJ…; older ones were numeric.
    return makeUscc(prefix, division, registered >= '2016-01-01' ? `MJ${digits}` : `50${digits}`);
  }

  private person(idRegions: string[]): DemoPerson {
    const male = this.rng.chance(0.55);
    for (;;) {
      const birthDate = this.rng.date('1950-01-01', '1990-12-31');
      const idNumber = makeIdNumber(this.rng.pick(idRegions), birthDate, this.rng.int(0, 499) * 2 + (male ? 1 : 0));
      if (this.idNumbers.has(idNumber)) continue;
      this.idNumbers.add(idNumber);
      const p: DemoPerson = {
        id: this.rng.uuid('2020-01-01'), name: this.personName(male), idNumber, birthDate, sex: male ? 'MALE' : 'FEMALE',
        phone: `1${this.rng.pick(['33', '35', '36', '38', '39', '50', '58', '59', '86', '88', '89'])}${String(this.rng.int(0, 99_999_999)).padStart(8, '0')}`,
        regionCode: '',
      };
      this.out.people.push(p);
      return p;
    }
  }

  private personName(male: boolean): string {
    return this.rng.pick(SURNAMES) + this.rng.pick(male ? MALE_NAMES : FEMALE_NAMES);
  }

  private landline(area: Pick<Area, 'phoneArea' | 'phoneHeads'>): string {
    const head = this.rng.pick(area.phoneHeads);
    return `${area.phoneArea}-${head}${String(this.rng.int(0, 9999)).padStart(4, '0')}`;
  }

  private funds(type: OrganisationType, topic: Topic): number {
    if (type === 'SOCIAL_GROUP') return this.rng.int(30, 300) * 1_000 * YUAN;
    return (topic.large ? this.rng.int(50, 500) * 10_000 : this.rng.int(30, 1_000) * 1_000) * YUAN;
  }

  private members(type: OrganisationType, topic: Topic): { individualMembers: number | null; unitMembers: number | null } {
    if (type !== 'SOCIAL_GROUP') return { individualMembers: null, unitMembers: null };
    if (topic.unitMembers) return { individualMembers: 0, unitMembers: this.rng.int(30, 180) };
    return { individualMembers: this.rng.int(50, 900), unitMembers: this.rng.chance(0.2) ? this.rng.int(3, 30) : 0 };
  }

  /** The current 5-year certificate period that contains a day of 2026 (renewed since registration). */
  private certificatePeriod(registered: IsoDate): [IsoDate, IsoDate] {
    let from = registered;
    while (addYears(from, 5) <= '2026-06-30') from = addYears(from, 5);
    return [from, addDays(addYears(from, 5), -1)];
  }

  private address(area: Area, place: Place, community?: [string, string]): string {
    const prefix = area.level === 'CITY' ? `${area.province}${area.full}${place.district ?? ''}` : `${area.province}${area.full}`;
    const road = community && community[0].endsWith('村') ? `${place.name}${community[0]}` : this.rng.pick(place.roads);
    return `${prefix}${road}${this.rng.int(1, 999)}号`;
  }

  private organisation(area: Area, type: OrganisationType, topic: Topic, name: string, units: Record<UnitKind, DemoUnit>, place: Place | undefined, community: [string, string] | undefined, preparing: boolean): DemoOrganisation {
    const status = preparing ? 'PREPARING' : this.drawStatus();
    const ended = status === 'DEREGISTERED' || status === 'REVOKED';
    const registered = preparing ? null : this.rng.date('2005-01-01', ended ? '2022-12-31' : LAST_REGISTRATION);
    const where = place ?? this.rng.pick(area.places);
    const rep = this.person(area.idRegions);
    rep.regionCode = area.region;
    const unit = topic.unit ? units[topic.unit] : null;
    const prefix = type === 'SOCIAL_GROUP' ? '51' : '52';
    const approvalDate = registered ?? '2026-07-01';
    const org: DemoOrganisation = {
      id: this.rng.uuid(registered ?? '2026-07-01'), type, fundraising: null, name, formerNames: [], uscc: registered ? this.uscc(prefix, area.region, registered) : null,
      status, regionCode: area.region, activityAreaLevel: area.level, domicile: this.address(area, where, community),
      domicileRegionCode: community?.[1] ?? where.code, domicileSource: this.rng.pick(['LEASED', 'LEASED', 'OWNED', 'FREE_USE']),
      legalRepresentativeId: rep.id, businessScope: topic.scope, supervisoryUnitId: unit?.id ?? null,
      supervisoryApproval: unit ? this.decisionNumber(`${area.decision[0]}${APPROVAL_ABBR[topic.unit!]}`, addDays(approvalDate, -this.rng.int(20, 90))) : null,
      directRegistration: !unit, fields: topic.fields, registeredFundsFen: this.funds(type, topic), ...this.members(type, topic),
      preparationApprovedOn: null, registrationDueBy: null, registrationDate: registered, certificateNumber: null, certificateValidFrom: null, certificateValidUntil: null,
      charityRecognised: false, charityRecognisedOn: null, publicFundraisingQualified: false, partyOrganisation: this.rng.chance(0.45),
      partyBuildingInCharter: this.rng.chance(0.8), decoupled: topic.fields.includes('INDUSTRY_ASSOCIATION'),
      fullTimeStaff: type === 'SOCIAL_GROUP' ? this.rng.int(1, 6) : topic.large ? this.rng.int(20, 120) : this.rng.int(3, 45),
      contactName: this.personName(this.rng.chance(0.5)), contactPhone: this.landline(area),
      suspendedUntil: null, endedOn: null, endReason: null, endDecisionNumber: null, liquidationDate: null,
    };
    if (preparing) this.prepare(area, org);
    else this.register(org, type === 'SOCIAL_GROUP' ? area.certSG : area.certSI, area.decision);
    if (ended || status === 'SUSPENDED') this.end(area, org);
    this.out.organisations.push(org);
    return org;
  }

  private drawStatus(): string {
    const r = this.rng.next();
    return r < 0.04 ? 'REVOKED' : r < 0.1 ? 'DEREGISTERED' : r < 0.13 ? 'SUSPENDED' : 'REGISTERED';
  }

  private prepare(area: Area, org: DemoOrganisation): void {
    const approved = this.rng.date('2026-07-01', '2026-10-31');
    Object.assign(org, { preparationApprovedOn: approved, registrationDueBy: addMonths(approved, 6) });
    this.change(org, 'PREPARE', approved, this.decisionNumber(`${area.decision}筹`, approved), null, { name: org.name, status: 'PREPARING' });
  }

  private register(org: DemoOrganisation, cert: string, decision: string): void {
    const date = org.registrationDate!;
    const [from, until] = this.certificatePeriod(date);
    Object.assign(org, { certificateNumber: `${cert}第${String(this.serial(cert)).padStart(4, '0')}号`, certificateValidFrom: from, certificateValidUntil: until });
    if (org.fields.includes('PUBLIC_BENEFIT_CHARITY') && this.rng.chance(org.type === 'FOUNDATION' ? 0.9 : 0.4))
      Object.assign(org, { charityRecognised: true, charityRecognisedOn: minDate(this.rng.date(date > '2016-09-01' ? date : '2016-09-01', '2026-06-30'), LAST_REGISTRATION) });
    this.change(org, 'REGISTER', date, this.decisionNumber(decision, date), null, {
      name: org.name, uscc: org.uscc, status: 'REGISTERED', domicile: org.domicile, legalRepresentativeId: org.legalRepresentativeId,
      businessScope: org.businessScope, registeredFundsFen: org.registeredFundsFen, supervisoryUnitId: org.supervisoryUnitId,
    });
  }

  /** Suspension, deregistration or revocation after registration (R-ORG-6). */
  private end(area: Area, org: DemoOrganisation): void {
    const reg = org.registrationDate!;
    if (org.status === 'SUSPENDED') {
      const from = this.rng.date('2026-06-01', '2026-10-31');
      org.suspendedUntil = addDays(addMonths(from, this.rng.int(3, 6)), -1);
      this.change(org, 'SUSPEND', from, this.decisionNumber(`${area.decision[0]}民罚`, from), this.rng.pick(SUSPEND_REASONS), { status: 'SUSPENDED', suspendedUntil: org.suspendedUntil }, 'REGISTERED');
      return;
    }
    const revoked = org.status === 'REVOKED';
    const date = this.rng.date(addYears(reg, revoked ? 3 : 1), '2026-09-30');
    const reason = this.rng.pick(revoked ? REVOKE_REASONS : DEREGISTER_REASONS);
    const decision = this.decisionNumber(`${area.decision[0]}民${revoked ? '罚' : '注'}`, date);
    Object.assign(org, { endedOn: date, endReason: reason, endDecisionNumber: decision, liquidationDate: revoked ? null : addDays(date, -this.rng.int(10, 60)) });
    this.change(org, revoked ? 'REVOKE' : 'DEREGISTER', date, decision, reason, { status: org.status, endedOn: date }, 'REGISTERED');
  }

  /** 变更登记 of the name: the old name stays a former name. */
  private rename(area: Area, org: DemoOrganisation, brand: string, topic: Topic): void {
    const old = this.unique(() => ({ name: `${area.full}${this.rng.pick(BRANDS.filter((b) => b !== brand))}${topic.name}` })).name;
    org.formerNames = [old];
    const date = this.rng.date(addYears(org.registrationDate!, 1), '2026-06-30');
    const register = this.out.changes.find((c) => c.organisationId === org.id && c.action === 'REGISTER')!;
    register.changes.name = { before: null, after: old };
    this.change(org, 'AMEND', date, this.decisionNumber(`${area.decision}变`, date), null, { name: org.name }, undefined, { name: old });
  }

  private change(org: DemoOrganisation, action: string, date: IsoDate, decisionNumber: string | null, reason: string | null, after: Record<string, unknown>, status?: string, before: Record<string, unknown> = {}): void {
    const changes: DemoChange['changes'] = {};
    for (const [k, v] of Object.entries(after)) if (v != null) changes[k] = { before: k === 'status' ? status ?? null : before[k] ?? null, after: v };
    this.out.changes.push({ id: this.rng.uuid(date), organisationId: org.id, action, effectiveDate: date, decisionNumber, reason, changes });
  }

  private foundation(f: FoundationPart): void {
    const province = { '310000': ['沪', '沪民社', SHANGHAI_ID], '330000': ['浙', '浙民社', ZHEJIANG_ID], '230000': ['黑', '黑民社', HEILONGJIANG_ID] } as const;
    const [abbr, decision, idRegions] = province[f.region];
    this.names.add(f.name);
    const registered = this.rng.date('2008-01-01', '2024-12-31');
    const rep = this.person([...idRegions]);
    rep.regionCode = f.region;
    const yuan = f.fundraising === 'PUBLIC' ? this.rng.int(40, 200) * 100_000 : this.rng.int(20, 80) * 100_000;
    const phone = f.region === '310000' ? { phoneArea: '021', phoneHeads: ['5995', '6503'] } : f.region === '330000' ? { phoneArea: '0573', phoneHeads: ['8209'] } : { phoneArea: '0467', phoneHeads: ['235'] };
    const org: DemoOrganisation = {
      id: this.rng.uuid(registered), type: 'FOUNDATION', fundraising: f.fundraising, name: f.name, formerNames: [], uscc: this.uscc('53', f.region, registered),
      status: 'REGISTERED', regionCode: f.region, activityAreaLevel: f.areaLevel, domicile: f.address, domicileRegionCode: f.domicileRegion, domicileSource: 'FREE_USE',
      legalRepresentativeId: rep.id, businessScope: f.scope, supervisoryUnitId: null, supervisoryApproval: null, directRegistration: true, fields: f.fields,
      registeredFundsFen: yuan * YUAN, individualMembers: null, unitMembers: null, preparationApprovedOn: null, registrationDueBy: null, registrationDate: registered,
      certificateNumber: null, certificateValidFrom: null, certificateValidUntil: null, charityRecognised: false, charityRecognisedOn: null,
      publicFundraisingQualified: f.fundraising === 'PUBLIC', partyOrganisation: this.rng.chance(0.6), partyBuildingInCharter: true, decoupled: false,
      fullTimeStaff: this.rng.int(2, 10), contactName: this.personName(this.rng.chance(0.5)), contactPhone: this.landline(phone),
      suspendedUntil: null, endedOn: null, endReason: null, endDecisionNumber: null, liquidationDate: null,
    };
    this.register(org, `${abbr}基证字`, decision);
    this.out.organisations.push(org);
  }
}

const SHANGHAI_ID = ['310101', '310104', '310105', '310106', '310107', '310109', '310112', '310113'];
const ZHEJIANG_ID = ['330402', '330411', '330102', '330106'];
const HEILONGJIANG_ID = ['230302', '230303', '230102', '230103'];
