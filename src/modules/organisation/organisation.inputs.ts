/** Inputs of the lifecycle mutations (R-ORG-6): one per action, object first. */
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { DateScalar, FenScalar } from '../../platform/graphql/scalars.js';
import { FieldOfActivity, Fundraising, OrganisationType } from './organisation.types.js';
import { DOMICILE_SOURCES } from './domain/record.js';

export const DomicileSource = Object.fromEntries(DOMICILE_SOURCES.map((s) => [s, s])) as { [K in (typeof DOMICILE_SOURCES)[number]]: K };
registerEnumType(DomicileSource, {
  name: 'DomicileSource',
  description: '住所来源 / source of the domicile (R-ORG-9)',
  valuesConfig: { OWNED: { description: '自有 / owned' }, LEASED: { description: '租赁 / leased' }, FREE_USE: { description: '无偿使用 / used free of charge' } },
});

/**
 * The basic record facts of R-ORG-9 kept beside the registration (备案事项): given with a
 * registration or preparation, and kept current with `organisationRecordFacts`.
 */
@InputType('RecordFactsFields', { description: '备案事项（仅供继承，不单独出现在模式中） / the R-ORG-9 record facts (inherited only)' })
export class RecordFactsFields {
  @Field(() => String, { nullable: true, description: '国民经济行业分类代码（GB/T 4754，门类字母加2至4位数字，如 S9521） / industry classification code (GB/T 4754: a section letter and 2–4 digits, e.g. S9521)' })
  industryCode?: string | null;
  @Field(() => String, { nullable: true, description: '注册资金币种（ISO 4217，默认 CNY） / currency of the registered funds (ISO 4217, CNY by default)' })
  fundsCurrency?: string | null;
  @Field(() => String, { nullable: true, description: '资金来源 / source of funds' })
  fundsSource?: string | null;
  @Field(() => DomicileSource, { nullable: true, description: '住所来源 / source of the domicile' })
  domicileSource?: string | null;
  @Field(() => DateScalar, { nullable: true, description: '章程核准日期 / charter approved on' })
  charterApprovedOn?: string | null;
  @Field(() => Int, { nullable: true, description: '专职工作人员数 / full-time staff' })
  fullTimeStaff?: number | null;
  @Field(() => Int, { nullable: true, description: '兼职工作人员数 / part-time staff' })
  partTimeStaff?: number | null;
  @Field(() => Int, { nullable: true, description: '理事人数 / council members (理事)' })
  councilMembers?: number | null;
  @Field(() => Int, { nullable: true, description: '监事人数 / supervisors (监事)' })
  supervisors?: number | null;
  @Field(() => Int, { nullable: true, description: '常务理事人数（不超过理事人数） / standing council members (no more than the council)' })
  standingCouncilMembers?: number | null;
}

@InputType({ description: '法定代表人：已登记人员的标识，或新人员的身份信息 / the legal representative: a registered person, or a new one' })
export class PersonRefInput {
  @Field(() => ID, { nullable: true, description: '已登记人员 / a registered person' })
  personId?: string | null;
  @Field(() => String, { nullable: true, description: '姓名 / real name' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: '公民身份号码 / citizen ID number' })
  idNumber?: string | null;
  @Field(() => String, { nullable: true, description: '电话 / phone' })
  phone?: string | null;
}

@InputType({ description: '登记事项共有的组织信息 / the organisation facts a registration records' })
export class OrganisationFactsInput extends RecordFactsFields {
  @Field({ description: '名称 / name' })
  name!: string;
  @Field(() => String, { nullable: true, description: '英文名称 / English name' })
  englishName?: string | null;
  @Field({ description: '登记管理机关区划 / region of the registration authority' })
  regionCode!: string;
  @Field(() => String, { nullable: true, description: '活动地域层级（默认同登记机关） / level of the area of activity (default: the authority\'s)' })
  activityAreaLevel?: string | null;
  @Field({ description: '住所 / domicile' })
  domicile!: string;
  @Field(() => String, { nullable: true, description: '住所所在乡镇（街道）或社区区划 / township or community of the domicile' })
  domicileRegionCode?: string | null;
  @Field(() => PersonRefInput, { description: '法定代表人 / legal representative' })
  legalRepresentative!: PersonRefInput;
  @Field({ description: '业务范围 / business scope' })
  businessScope!: string;
  @Field(() => ID, { nullable: true, description: '业务主管单位（直接登记的可为空） / supervisory unit (none for direct registration)' })
  supervisoryUnitId?: string | null;
  @Field(() => String, { nullable: true, description: '业务主管单位批准文号 / the supervisory unit\'s approval number' })
  supervisoryApproval?: string | null;
  @Field(() => [FieldOfActivity], { description: '业务领域 / fields of activity' })
  fields!: string[];
  @Field(() => FenScalar, { description: '活动资金／开办资金／原始基金（分） / registered funds in fen' })
  registeredFundsFen!: number;
  @Field(() => Boolean, { nullable: true, description: '基金会：原始基金为到账货币资金 / foundations: original fund paid in cash' })
  fundsInCash?: boolean | null;
  @Field(() => Int, { nullable: true, description: '个人会员数（社会团体） / individual members (social groups)' })
  individualMembers?: number | null;
  @Field(() => Int, { nullable: true, description: '单位会员数（社会团体） / unit members (social groups)' })
  unitMembers?: number | null;
  @Field(() => Boolean, { nullable: true, description: '已建立党组织 / a Party organisation is established' })
  partyOrganisation?: boolean | null;
  @Field(() => Boolean, { nullable: true, description: '章程载明党建内容 / Party-building is in the charter' })
  partyBuildingInCharter?: boolean | null;
  @Field(() => String, { nullable: true, description: '联系人 / contact person' })
  contactName?: string | null;
  @Field(() => String, { nullable: true, description: '联系电话 / contact phone' })
  contactPhone?: string | null;
}

@InputType({ description: '社会团体筹备 / approve a social group\'s preparation (筹备)' })
export class OrganisationPrepareInput extends OrganisationFactsInput {
  @Field(() => DateScalar, { description: '筹备批准日期 / preparation approved on' })
  approvedOn!: string;
  @Field({ description: '批准文号 / approval number' })
  decisionNumber!: string;
}

@InputType({ description: '成立登记 / register an organisation (成立登记)' })
export class OrganisationRegisterInput {
  @Field(() => ID, { nullable: true, description: '筹备中的社会团体（社会团体必填） / the preparing social group (required for social groups)' })
  organisationId?: string | null;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => OrganisationType, { nullable: true, description: '类型（新登记时必填） / type (for a new registration)' })
  type?: OrganisationType | null;
  @Field(() => Fundraising, { nullable: true, description: '基金会募捐类型 / foundations: fundraising' })
  fundraising?: Fundraising | null;
  @Field(() => OrganisationFactsInput, { nullable: true, description: '组织信息（新登记时必填；筹备组织可更新） / the facts (required for a new registration)' })
  facts?: OrganisationFactsInput | null;
  @Field({ description: '统一社会信用代码 / unified social credit code' })
  code!: string;
  @Field(() => DateScalar, { description: '登记日期 / registration date' })
  registrationDate!: string;
  @Field({ description: '登记证书编号 / certificate number' })
  certificateNumber!: string;
  @Field(() => DateScalar, { nullable: true, description: '证书有效期至 / certificate valid until' })
  certificateValidUntil?: string | null;
  @Field({ description: '准予登记决定文号 / decision number' })
  decisionNumber!: string;
}

@InputType({ description: '变更登记 / amend the registration (变更登记)' })
export class OrganisationAmendInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '变更日期 / effective date' })
  effectiveDate!: string;
  @Field({ description: '核准文号 / decision number' })
  decisionNumber!: string;
  @Field(() => String, { nullable: true, description: '新名称 / new name' })
  name?: string | null;
  @Field(() => String, { nullable: true, description: '新住所 / new domicile' })
  domicile?: string | null;
  @Field(() => String, { nullable: true, description: '新住所所在区划 / region of the new domicile' })
  domicileRegionCode?: string | null;
  @Field(() => PersonRefInput, { nullable: true, description: '新法定代表人 / new legal representative' })
  legalRepresentative?: PersonRefInput | null;
  @Field(() => String, { nullable: true, description: '新业务范围 / new business scope' })
  businessScope?: string | null;
  @Field(() => FenScalar, { nullable: true, description: '新注册资金（分） / new registered funds in fen' })
  registeredFundsFen?: number | null;
  @Field(() => ID, { nullable: true, description: '新业务主管单位 / new supervisory unit' })
  supervisoryUnitId?: string | null;
}

@InputType({ description: '限期停止活动 / suspend activities for a period (限期停止活动)' })
export class OrganisationSuspendInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '起始日期 / from' })
  from!: string;
  @Field(() => DateScalar, { description: '截止日期 / until' })
  until!: string;
  @Field({ description: '处罚决定书文号 / penalty decision number' })
  decisionNumber!: string;
  @Field({ description: '理由 / reason' })
  reason!: string;
}

@InputType({ description: '恢复活动 / resume activities' })
export class OrganisationResumeInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '恢复日期 / resumed on' })
  date!: string;
  @Field({ description: '理由 / reason' })
  reason!: string;
}

@InputType({ description: '注销登记 / deregister (注销)' })
export class OrganisationDeregisterInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '注销日期 / deregistered on' })
  date!: string;
  @Field(() => DateScalar, { description: '清算完成日期 / liquidation completed on' })
  liquidationDate!: string;
  @Field({ description: '注销原因 / reason' })
  reason!: string;
  @Field({ description: '准予注销文号 / decision number' })
  decisionNumber!: string;
}

@InputType({ description: '撤销登记 / revoke the registration (撤销, a penalty)' })
export class OrganisationRevokeInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '撤销日期 / revoked on' })
  date!: string;
  @Field({ description: '行政处罚决定书文号 / penalty decision number' })
  penaltyDecisionNumber!: string;
  @Field({ description: '撤销理由 / reason' })
  reason!: string;
}

@InputType({ description: '备案事项（基本信息）更新，不涉及变更登记 / keep the basic record current without a registration change (R-ORG-9); omitted fields stay, null clears' })
export class OrganisationRecordFactsInput extends RecordFactsFields {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => String, { nullable: true, description: '英文名称 / English name' })
  englishName?: string | null;
}

@InputType({ description: '换发登记证书 / renew the registration certificate (换发登记证书, R-ORG-9)' })
export class OrganisationCertificateRenewInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field({ description: '新证书编号 / the new certificate number' })
  certificateNumber!: string;
  @Field(() => DateScalar, { nullable: true, description: '发证日期（默认为有效期限自） / issued on (default: valid from)' })
  issuedOn?: string | null;
  @Field(() => DateScalar, { description: '有效期限自 / valid from' })
  validFrom!: string;
  @Field(() => DateScalar, { description: '有效期限至 / valid until (its last day)' })
  validUntil!: string;
  @Field({ description: '换发决定文号 / decision number' })
  decisionNumber!: string;
  @Field(() => String, { nullable: true, description: '换发原因（期满换证、遗失补发、变更换证等） / reason (expiry, loss, a change …)' })
  reason?: string | null;
}

@InputType({ description: '认定为慈善组织 / recognise the organisation as a charity (慈善组织认定, 《慈善法》第十条)' })
export class OrganisationCharityRecogniseInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '认定日期 / recognised on' })
  recognisedOn!: string;
  @Field({ description: '认定决定文号 / decision number' })
  decisionNumber!: string;
}

@InputType({ description: '准予公开募捐资格 / grant the public-fundraising qualification (《慈善法》第二十二条)' })
export class OrganisationFundraisingGrantInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '准予日期 / granted on' })
  grantedOn!: string;
  @Field({ description: '决定文号 / decision number' })
  decisionNumber!: string;
}

@InputType({ description: '撤销公开募捐资格 / revoke the public-fundraising qualification' })
export class OrganisationFundraisingRevokeInput {
  @Field(() => ID)
  id!: string;
  @Field(() => Int, { nullable: true, description: '期望的版本 / the version you last saw' })
  expectedVersion?: number | null;
  @Field(() => DateScalar, { description: '撤销日期 / revoked on' })
  revokedOn!: string;
  @Field({ description: '决定文号 / decision number' })
  decisionNumber!: string;
  @Field({ description: '撤销理由 / reason' })
  reason!: string;
}
