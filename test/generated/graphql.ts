/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** 创建 API 密钥 / create an API key */
export type ApiKeyCreateInput = {
  /** 可接收的事件类型（空 = 全部） / event types (empty = all) */
  eventTypes?: Array<string> | null | undefined;
  /** 名称（合作应用） / name of the partner app */
  name: string;
  /** 可见区划（须在本机关辖区内） / region subtree, within your jurisdiction */
  regionCode: string;
};

/** 吊销 API 密钥 / revoke an API key */
export type ApiKeyRevokeInput = {
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
};

/** 信用名录 / credit list */
export type CreditList =
  /** 活动异常名录 / abnormal activities list (R-CREDIT-1) */
  | 'ABNORMAL'
  /** 严重违法失信名单 / serious illegal and dishonest list (R-CREDIT-2) */
  | 'SERIOUS';

/** 列入信用名录 / list an organisation */
export type CreditListInput = {
  decisionNumber?: string | null | undefined;
  evidence?: string | null | undefined;
  list: CreditList;
  listedOn: string;
  organisationId: string | number;
  reasons: Array<CreditReason>;
};

/** 信用名录筛选 / which listings */
export type CreditListingFilter = {
  /** 仅在列（未移出） / only those not removed */
  active?: boolean | null | undefined;
  list?: CreditList | null | undefined;
  organisationId?: string | number | null | undefined;
  /** 区划（含下级） / region subtree */
  regionCode?: string | null | undefined;
};

/** 列入信用名录的理由 / reason for a credit listing */
export type CreditReason =
  /** 被列入活动异常名录满2年 / two full years on the abnormal activities list（SERIOUS） */
  | 'ABNORMAL_TWO_YEARS'
  /** 弄虚作假办理变更登记被撤销变更登记 / an amendment obtained by fraud was revoked（SERIOUS） */
  | 'AMENDMENT_REVOKED_FOR_FRAUD'
  /** 未按照规定时限和要求报送年度工作报告 / annual filing late or not as required（ABNORMAL） */
  | 'ANNUAL_FILING_LATE'
  /** 被纳入失信被执行人名单 / listed as a dishonest judgment debtor（SERIOUS） */
  | 'DISHONEST_JUDGMENT_DEBTOR'
  /** 具有公开募捐资格的慈善组织不再符合条件 / a public-fundraising charity no longer qualifies（ABNORMAL） */
  | 'FUNDRAISING_CHARITY_DISQUALIFIED'
  /** 受到5万元以上罚款处罚 / a fine of 50,000 yuan or more（SERIOUS） */
  | 'LARGE_FINE'
  /** 未按照有关规定设立党组织 / no Party organisation where one is required（ABNORMAL） */
  | 'NO_PARTY_ORGANISATION'
  /** 未按期完成整改 / ordered rectification not done in time（ABNORMAL） */
  | 'RECTIFICATION_NOT_DONE'
  /** 被撤销登记或吊销登记证书 / registration revoked（SERIOUS） */
  | 'REGISTRATION_REVOKED'
  /** 三年内两次以上受到警告或者不满5万元罚款处罚 / two or more warnings or small fines within three years（SERIOUS） */
  | 'REPEATED_MINOR_PENALTIES'
  /** 受到限期停止活动行政处罚 / penalised by suspension of activities（SERIOUS） */
  | 'SUSPENSION_PENALTY'
  /** 通过登记的住所无法取得联系 / unreachable at the registered domicile（ABNORMAL） */
  | 'UNREACHABLE_AT_DOMICILE'
  /** 受到警告或者不满5万元罚款处罚 / a warning or a fine under 50,000 yuan（ABNORMAL） */
  | 'WARNING_OR_SMALL_FINE';

/** 移出信用名录 / remove a listing (R-CREDIT-3) */
export type CreditRemoveInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 移出理由 / reason */
  reason: string;
  /** 整改核实日期 / rectification verified on */
  rectificationVerifiedOn?: string | null | undefined;
  removedOn: string;
};

/** 住所来源 / source of the domicile (R-ORG-9) */
export type DomicileSource =
  /** 无偿使用 / used free of charge */
  | 'FREE_USE'
  /** 租赁 / leased */
  | 'LEASED'
  /** 自有 / owned */
  | 'OWNED';

/** 业务领域 / field of activity */
export type FieldOfActivity =
  /** 农业农村 / agriculture */
  | 'AGRICULTURE'
  /** 城乡社区服务 / community services */
  | 'COMMUNITY_SERVICE'
  /** 文化 / culture */
  | 'CULTURE'
  /** 教育 / education */
  | 'EDUCATION'
  /** 养老 / elderly care */
  | 'ELDERLY_CARE'
  /** 生态环境 / environment */
  | 'ENVIRONMENT'
  /** 卫生健康 / health */
  | 'HEALTH'
  /** 行业协会商会 / industry association or chamber of commerce */
  | 'INDUSTRY_ASSOCIATION'
  /** 法律 / law */
  | 'LAW'
  /** 其他 / other */
  | 'OTHER'
  /** 公益慈善 / public benefit and charity */
  | 'PUBLIC_BENEFIT_CHARITY'
  /** 科技 / science and technology */
  | 'SCIENCE_TECHNOLOGY'
  /** 社会福利 / social welfare */
  | 'SOCIAL_WELFARE'
  /** 体育 / sport */
  | 'SPORT';

/** 作出年检结论 / conclude the filing */
export type FilingConcludeInput = {
  expectedVersion?: number | null | undefined;
  /** 结论意见 / findings */
  findings: string;
  id: string | number;
  /** 结论 / result */
  result: InspectionResult;
};

/** 开启年检（年报）周期 / open the yearly filing cycle */
export type FilingCycleOpenInput = {
  /** 区划（含下级，须在辖区内） / region subtree, within your jurisdiction */
  regionCode: string;
  /** 所报告的年度 / reporting year */
  year: number;
};

/** 延期 / extend the due date */
export type FilingExtendInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 理由 / reason */
  reason: string;
  /** 延期至 / new effective due date */
  until: string;
};

/** 年检（年报）筛选 / which filings */
export type FilingFilter = {
  /** 形式 / form */
  form?: FilingForm | null | undefined;
  /** 社会组织 / organisation */
  organisationId?: string | number | null | undefined;
  /** 已逾期未报送 / past the effective due date and never submitted */
  overdue?: boolean | null | undefined;
  /** 区划（含下级） / region subtree */
  regionCode?: string | null | undefined;
  /** 状态 / statuses */
  statuses?: Array<FilingStatus> | null | undefined;
  /** 业务主管单位 / supervisory unit */
  supervisoryUnitId?: string | number | null | undefined;
  /** 年度 / reporting year */
  year?: number | null | undefined;
};

/** 年度报送形式 / form of the annual filing (R-INSP-1) */
export type FilingForm =
  /** 年度报告（年报） / public annual report */
  | 'ANNUAL_REPORT'
  /** 年检 / annual inspection */
  | 'INSPECTION';

/** 报告整改情况 / report the rectification */
export type FilingRectificationReportInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 整改情况 / what was rectified */
  report: string;
};

/** 核实整改 / verify the rectification */
export type FilingRectificationVerifyInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 核实意见 / outcome of the verification */
  outcome: string;
};

/** 年度工作报告内容 / the report content */
export type FilingReportInput = {
  /** 开展活动情况 / activities */
  activities?: string | null | undefined;
  /** 是否经审计 / audited */
  audited?: boolean | null | undefined;
  /** 法定代表人签署承诺书 / the legal representative signs the declaration */
  declarationSigned?: boolean | null | undefined;
  /** 支出（分） / expenditure in fen */
  expenditureFen?: number | null | undefined;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff?: number | null | undefined;
  /** 收入（分） / income in fen */
  incomeFen?: number | null | undefined;
  /** 重大事项变动 / major changes */
  majorChanges?: string | null | undefined;
  /** 净资产（分，可为负） / net assets in fen */
  netAssetsFen?: number | null | undefined;
  /** 已建立党组织 / a Party organisation is established */
  partyOrganisation?: boolean | null | undefined;
  /** 整改报告或情况说明 / rectification report or explanation (R-INSP-4) */
  rectificationReport?: string | null | undefined;
  /** 志愿者人数 / volunteers */
  volunteers?: number | null | undefined;
};

/** 保存草稿 / save the filing as a draft */
export type FilingSaveDraftInput = {
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  report: FilingReportInput;
};

/** 年检（年报）状态 / status of an annual filing */
export type FilingStatus =
  /** 已办结 */
  | 'CONCLUDED'
  /** 草稿 */
  | 'DRAFT'
  /** 已退回 */
  | 'RETURNED'
  /** 已提交 */
  | 'SUBMITTED'
  /** 业务主管单位已初审 */
  | 'SUPERVISOR_APPROVED';

/** 对年检（年报）的一个步骤 / one step on a filing */
export type FilingStepInput = {
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 意见或理由 / reasons */
  reasons?: string | null | undefined;
};

/** 提交年检（年报） / submit the filing */
export type FilingSubmitInput = {
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 提交前最后修改（可选） / last changes to the report, if any */
  report?: FilingReportInput | null | undefined;
};

/** 基金会募捐类型 / whether a foundation raises funds from the public */
export type Fundraising =
  /** 非公募 / non-public */
  | 'NON_PUBLIC'
  /** 公募 / public fundraising */
  | 'PUBLIC';

/** 年检结论 / result of the inspection (R-INSP-4) */
export type InspectionResult =
  /** 基本合格 */
  | 'BASIC_PASS'
  /** 不合格 */
  | 'FAIL'
  /** 合格 */
  | 'PASS';

/** 设定地方性规则 / set a LOCAL rule for your jurisdiction */
export type JurisdictionSettingSetInput = {
  /** 依据（文号） / the decision it rests on */
  basis?: string | null | undefined;
  /** 生效日期 / in force from */
  effectiveFrom: string;
  /** 设置键 / setting key */
  key: string;
  /** 区划代码（须在辖区内） / region, within your jurisdiction */
  regionCode: string;
  /** 值 / value */
  value: unknown;
};

/** 变更登记 / amend the registration (变更登记) */
export type OrganisationAmendInput = {
  /** 新业务范围 / new business scope */
  businessScope?: string | null | undefined;
  /** 核准文号 / decision number */
  decisionNumber: string;
  /** 新住所 / new domicile */
  domicile?: string | null | undefined;
  /** 新住所所在区划 / region of the new domicile */
  domicileRegionCode?: string | null | undefined;
  /** 变更日期 / effective date */
  effectiveDate: string;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 新法定代表人 / new legal representative */
  legalRepresentative?: PersonRefInput | null | undefined;
  /** 新名称 / new name */
  name?: string | null | undefined;
  /** 新注册资金（分） / new registered funds in fen */
  registeredFundsFen?: number | null | undefined;
  /** 新业务主管单位 / new supervisory unit */
  supervisoryUnitId?: string | number | null | undefined;
};

/** 换发登记证书 / renew the registration certificate (换发登记证书, R-ORG-9) */
export type OrganisationCertificateRenewInput = {
  /** 新证书编号 / the new certificate number */
  certificateNumber: string;
  /** 换发决定文号 / decision number */
  decisionNumber: string;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 发证日期（默认为有效期限自） / issued on (default: valid from) */
  issuedOn?: string | null | undefined;
  /** 换发原因（期满换证、遗失补发、变更换证等） / reason (expiry, loss, a change …) */
  reason?: string | null | undefined;
  /** 有效期限自 / valid from */
  validFrom: string;
  /** 有效期限至 / valid until (its last day) */
  validUntil: string;
};

/** 认定为慈善组织 / recognise the organisation as a charity (慈善组织认定, 《慈善法》第十条) */
export type OrganisationCharityRecogniseInput = {
  /** 认定决定文号 / decision number */
  decisionNumber: string;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 认定日期 / recognised on */
  recognisedOn: string;
};

/** 注销登记 / deregister (注销) */
export type OrganisationDeregisterInput = {
  /** 注销日期 / deregistered on */
  date: string;
  /** 准予注销文号 / decision number */
  decisionNumber: string;
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 清算完成日期 / liquidation completed on */
  liquidationDate: string;
  /** 注销原因 / reason */
  reason: string;
};

/** 登记事项共有的组织信息 / the organisation facts a registration records */
export type OrganisationFactsInput = {
  /** 活动地域层级（默认同登记机关） / level of the area of activity (default: the authority's) */
  activityAreaLevel?: string | null | undefined;
  /** 业务范围 / business scope */
  businessScope: string;
  /** 章程核准日期 / charter approved on */
  charterApprovedOn?: string | null | undefined;
  /** 联系人 / contact person */
  contactName?: string | null | undefined;
  /** 联系电话 / contact phone */
  contactPhone?: string | null | undefined;
  /** 理事人数 / council members (理事) */
  councilMembers?: number | null | undefined;
  /** 住所 / domicile */
  domicile: string;
  /** 住所所在乡镇（街道）或社区区划 / township or community of the domicile */
  domicileRegionCode?: string | null | undefined;
  /** 住所来源 / source of the domicile */
  domicileSource?: DomicileSource | null | undefined;
  /** 英文名称 / English name */
  englishName?: string | null | undefined;
  /** 业务领域 / fields of activity */
  fields: Array<FieldOfActivity>;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff?: number | null | undefined;
  /** 注册资金币种（ISO 4217，默认 CNY） / currency of the registered funds (ISO 4217, CNY by default) */
  fundsCurrency?: string | null | undefined;
  /** 基金会：原始基金为到账货币资金 / foundations: original fund paid in cash */
  fundsInCash?: boolean | null | undefined;
  /** 资金来源 / source of funds */
  fundsSource?: string | null | undefined;
  /** 个人会员数（社会团体） / individual members (social groups) */
  individualMembers?: number | null | undefined;
  /** 国民经济行业分类代码（GB/T 4754，门类字母加2至4位数字，如 S9521） / industry classification code (GB/T 4754: a section letter and 2–4 digits, e.g. S9521) */
  industryCode?: string | null | undefined;
  /** 法定代表人 / legal representative */
  legalRepresentative: PersonRefInput;
  /** 名称 / name */
  name: string;
  /** 兼职工作人员数 / part-time staff */
  partTimeStaff?: number | null | undefined;
  /** 章程载明党建内容 / Party-building is in the charter */
  partyBuildingInCharter?: boolean | null | undefined;
  /** 已建立党组织 / a Party organisation is established */
  partyOrganisation?: boolean | null | undefined;
  /** 登记管理机关区划 / region of the registration authority */
  regionCode: string;
  /** 活动资金／开办资金／原始基金（分） / registered funds in fen */
  registeredFundsFen: number;
  /** 常务理事人数（不超过理事人数） / standing council members (no more than the council) */
  standingCouncilMembers?: number | null | undefined;
  /** 监事人数 / supervisors (监事) */
  supervisors?: number | null | undefined;
  /** 业务主管单位批准文号 / the supervisory unit's approval number */
  supervisoryApproval?: string | null | undefined;
  /** 业务主管单位（直接登记的可为空） / supervisory unit (none for direct registration) */
  supervisoryUnitId?: string | number | null | undefined;
  /** 单位会员数（社会团体） / unit members (social groups) */
  unitMembers?: number | null | undefined;
};

/** 社会组织筛选 / which organisations */
export type OrganisationFilter = {
  /** 当前列入的信用名录（任一） / currently on any of these credit lists */
  creditLists?: Array<CreditList> | null | undefined;
  /** 是否直接登记 / registered directly */
  directRegistration?: boolean | null | undefined;
  /** 业务领域（任一） / any of these fields of activity */
  fields?: Array<FieldOfActivity> | null | undefined;
  /** 今日持有的评估等级（任一） / holding one of these evaluation grades today */
  grades?: Array<RatingGrade> | null | undefined;
  /** 名称搜索：任意片段（含一两个字），含曾用名 / name search: any part of the name or a former name, even one or two characters */
  name?: string | null | undefined;
  /** 区划（含下级） / region subtree of the registration authority */
  regionCode?: string | null | undefined;
  /** 登记日期起 / registered on or after */
  registeredFrom?: string | null | undefined;
  /** 登记日期止 / registered on or before */
  registeredTo?: string | null | undefined;
  /** 状态 / statuses */
  statuses?: Array<OrganisationStatus> | null | undefined;
  /** 业务主管单位 / supervisory unit */
  supervisoryUnitId?: string | number | null | undefined;
  /** 类型 / types */
  types?: Array<OrganisationType> | null | undefined;
};

/** 准予公开募捐资格 / grant the public-fundraising qualification (《慈善法》第二十二条) */
export type OrganisationFundraisingGrantInput = {
  /** 决定文号 / decision number */
  decisionNumber: string;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  /** 准予日期 / granted on */
  grantedOn: string;
  id: string | number;
};

/** 撤销公开募捐资格 / revoke the public-fundraising qualification */
export type OrganisationFundraisingRevokeInput = {
  /** 决定文号 / decision number */
  decisionNumber: string;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 撤销理由 / reason */
  reason: string;
  /** 撤销日期 / revoked on */
  revokedOn: string;
};

/** 排序 / order */
export type OrganisationOrder =
  /** 按统一社会信用代码 / by credit code */
  | 'CODE'
  /** 按名称 / by name */
  | 'NAME'
  /** 按登记日期（新→旧） / newest registrations first */
  | 'REGISTRATION_DATE_DESC'
  /** 按匹配度（名称搜索时默认：完全匹配、前缀匹配优先） / by relevance (default with a name search: exact and prefix matches first) */
  | 'RELEVANCE';

/** 社会团体筹备 / approve a social group's preparation (筹备) */
export type OrganisationPrepareInput = {
  /** 活动地域层级（默认同登记机关） / level of the area of activity (default: the authority's) */
  activityAreaLevel?: string | null | undefined;
  /** 筹备批准日期 / preparation approved on */
  approvedOn: string;
  /** 业务范围 / business scope */
  businessScope: string;
  /** 章程核准日期 / charter approved on */
  charterApprovedOn?: string | null | undefined;
  /** 联系人 / contact person */
  contactName?: string | null | undefined;
  /** 联系电话 / contact phone */
  contactPhone?: string | null | undefined;
  /** 理事人数 / council members (理事) */
  councilMembers?: number | null | undefined;
  /** 批准文号 / approval number */
  decisionNumber: string;
  /** 住所 / domicile */
  domicile: string;
  /** 住所所在乡镇（街道）或社区区划 / township or community of the domicile */
  domicileRegionCode?: string | null | undefined;
  /** 住所来源 / source of the domicile */
  domicileSource?: DomicileSource | null | undefined;
  /** 英文名称 / English name */
  englishName?: string | null | undefined;
  /** 业务领域 / fields of activity */
  fields: Array<FieldOfActivity>;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff?: number | null | undefined;
  /** 注册资金币种（ISO 4217，默认 CNY） / currency of the registered funds (ISO 4217, CNY by default) */
  fundsCurrency?: string | null | undefined;
  /** 基金会：原始基金为到账货币资金 / foundations: original fund paid in cash */
  fundsInCash?: boolean | null | undefined;
  /** 资金来源 / source of funds */
  fundsSource?: string | null | undefined;
  /** 个人会员数（社会团体） / individual members (social groups) */
  individualMembers?: number | null | undefined;
  /** 国民经济行业分类代码（GB/T 4754，门类字母加2至4位数字，如 S9521） / industry classification code (GB/T 4754: a section letter and 2–4 digits, e.g. S9521) */
  industryCode?: string | null | undefined;
  /** 法定代表人 / legal representative */
  legalRepresentative: PersonRefInput;
  /** 名称 / name */
  name: string;
  /** 兼职工作人员数 / part-time staff */
  partTimeStaff?: number | null | undefined;
  /** 章程载明党建内容 / Party-building is in the charter */
  partyBuildingInCharter?: boolean | null | undefined;
  /** 已建立党组织 / a Party organisation is established */
  partyOrganisation?: boolean | null | undefined;
  /** 登记管理机关区划 / region of the registration authority */
  regionCode: string;
  /** 活动资金／开办资金／原始基金（分） / registered funds in fen */
  registeredFundsFen: number;
  /** 常务理事人数（不超过理事人数） / standing council members (no more than the council) */
  standingCouncilMembers?: number | null | undefined;
  /** 监事人数 / supervisors (监事) */
  supervisors?: number | null | undefined;
  /** 业务主管单位批准文号 / the supervisory unit's approval number */
  supervisoryApproval?: string | null | undefined;
  /** 业务主管单位（直接登记的可为空） / supervisory unit (none for direct registration) */
  supervisoryUnitId?: string | number | null | undefined;
  /** 单位会员数（社会团体） / unit members (social groups) */
  unitMembers?: number | null | undefined;
};

/** 备案事项（基本信息）更新，不涉及变更登记 / keep the basic record current without a registration change (R-ORG-9); omitted fields stay, null clears */
export type OrganisationRecordFactsInput = {
  /** 章程核准日期 / charter approved on */
  charterApprovedOn?: string | null | undefined;
  /** 理事人数 / council members (理事) */
  councilMembers?: number | null | undefined;
  /** 住所来源 / source of the domicile */
  domicileSource?: DomicileSource | null | undefined;
  /** 英文名称 / English name */
  englishName?: string | null | undefined;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  /** 专职工作人员数 / full-time staff */
  fullTimeStaff?: number | null | undefined;
  /** 注册资金币种（ISO 4217，默认 CNY） / currency of the registered funds (ISO 4217, CNY by default) */
  fundsCurrency?: string | null | undefined;
  /** 资金来源 / source of funds */
  fundsSource?: string | null | undefined;
  id: string | number;
  /** 国民经济行业分类代码（GB/T 4754，门类字母加2至4位数字，如 S9521） / industry classification code (GB/T 4754: a section letter and 2–4 digits, e.g. S9521) */
  industryCode?: string | null | undefined;
  /** 兼职工作人员数 / part-time staff */
  partTimeStaff?: number | null | undefined;
  /** 常务理事人数（不超过理事人数） / standing council members (no more than the council) */
  standingCouncilMembers?: number | null | undefined;
  /** 监事人数 / supervisors (监事) */
  supervisors?: number | null | undefined;
};

/** 成立登记 / register an organisation (成立登记) */
export type OrganisationRegisterInput = {
  /** 登记证书编号 / certificate number */
  certificateNumber: string;
  /** 证书有效期至 / certificate valid until */
  certificateValidUntil?: string | null | undefined;
  /** 统一社会信用代码 / unified social credit code */
  code: string;
  /** 准予登记决定文号 / decision number */
  decisionNumber: string;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  /** 组织信息（新登记时必填；筹备组织可更新） / the facts (required for a new registration) */
  facts?: OrganisationFactsInput | null | undefined;
  /** 基金会募捐类型 / foundations: fundraising */
  fundraising?: Fundraising | null | undefined;
  /** 筹备中的社会团体（社会团体必填） / the preparing social group (required for social groups) */
  organisationId?: string | number | null | undefined;
  /** 登记日期 / registration date */
  registrationDate: string;
  /** 类型（新登记时必填） / type (for a new registration) */
  type?: OrganisationType | null | undefined;
};

/** 恢复活动 / resume activities */
export type OrganisationResumeInput = {
  /** 恢复日期 / resumed on */
  date: string;
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 理由 / reason */
  reason: string;
};

/** 撤销登记 / revoke the registration (撤销, a penalty) */
export type OrganisationRevokeInput = {
  /** 撤销日期 / revoked on */
  date: string;
  expectedVersion?: number | null | undefined;
  id: string | number;
  /** 行政处罚决定书文号 / penalty decision number */
  penaltyDecisionNumber: string;
  /** 撤销理由 / reason */
  reason: string;
};

/** 统计分组 / grouping of the statistics */
export type OrganisationStatsGroupBy =
  /** 按下一级区划（按住所） / by child region (of the domicile) */
  | 'CHILD_REGION'
  /** 按业务领域（一个组织可计入多个领域） / by field of activity (an organisation counts in each of its fields) */
  | 'FIELD'
  /** 按状态 / by status */
  | 'STATUS'
  /** 按类型 / by type */
  | 'TYPE';

/** 登记状态 / registration status (R-ORG-6) */
export type OrganisationStatus =
  /** 已注销 */
  | 'DEREGISTERED'
  /** 筹备失效 */
  | 'PREPARATION_LAPSED'
  /** 筹备中 */
  | 'PREPARING'
  /** 正常 */
  | 'REGISTERED'
  /** 已撤销 */
  | 'REVOKED'
  /** 限期停止活动 */
  | 'SUSPENDED';

/** 限期停止活动 / suspend activities for a period (限期停止活动) */
export type OrganisationSuspendInput = {
  /** 处罚决定书文号 / penalty decision number */
  decisionNumber: string;
  expectedVersion?: number | null | undefined;
  /** 起始日期 / from */
  from: string;
  id: string | number;
  /** 理由 / reason */
  reason: string;
  /** 截止日期 / until */
  until: string;
};

/** 社会组织类型 / type of social organisation (R-ORG-1) */
export type OrganisationType =
  /** 基金会 / foundation */
  | 'FOUNDATION'
  /** 社会服务机构（民办非企业单位） / social service institution */
  | 'SERVICE_INSTITUTION'
  /** 社会团体 / social group */
  | 'SOCIAL_GROUP';

/** 行政处罚种类 / kind of administrative penalty */
export type PenaltyKind =
  /** 没收违法所得、非法财产 / confiscation */
  | 'CONFISCATION'
  /** 罚款 / fine */
  | 'FINE'
  /** 撤销登记 / revocation of registration */
  | 'REVOCATION'
  /** 限期停止活动 / suspension of activities */
  | 'SUSPENSION'
  /** 警告 / warning */
  | 'WARNING';

/** 记录行政处罚 / record a penalty decision */
export type PenaltyRecordInput = {
  /** 没收金额（分） / confiscated, in fen */
  confiscatedFen?: number | null | undefined;
  decidedOn: string;
  decisionNumber: string;
  /** 违法事实 / facts */
  facts?: string | null | undefined;
  /** 罚款（分） / fine in fen */
  fineFen?: number | null | undefined;
  kinds: Array<PenaltyKind>;
  /** 法律依据 / legal basis */
  legalBasis: string;
  organisationId: string | number;
};

/** 更正公民身份号码（登记管理机关，须说明理由） / correct a wrongly registered ID number (authority only, with a reason) */
export type PersonCorrectIdNumberInput = {
  /** 期望的版本 / the version you last saw */
  expectedVersion: number;
  /** 人员的全局标识 / the person's global id */
  id: string | number;
  /** 正确的公民身份号码 / the correct citizen ID number */
  idNumber: string;
  /** 更正理由（记入审计） / why it is corrected; recorded in the audit trail */
  reason: string;
};

/** 法定代表人：已登记人员的标识，或新人员的身份信息 / the legal representative: a registered person, or a new one */
export type PersonRefInput = {
  /** 公民身份号码 / citizen ID number */
  idNumber?: string | null | undefined;
  /** 姓名 / real name */
  name?: string | null | undefined;
  /** 已登记人员 / a registered person */
  personId?: string | number | null | undefined;
  /** 电话 / phone */
  phone?: string | null | undefined;
};

/** 登记自然人 / register a natural person */
export type PersonRegisterInput = {
  /** 住址 / address */
  address?: string | null | undefined;
  /** 公民身份号码（18 位，GB 11643） / citizen ID number, 18 characters (GB 11643) */
  idNumber: string;
  /** 姓名（2–50 字） / real name, 2–50 characters */
  name: string;
  /** 联系电话（手机或座机） / phone, mobile or landline */
  phone?: string | null | undefined;
  /** 登记机关所在区划（须在本机关辖区内） / region of the registering authority, within your jurisdiction */
  regionCode: string;
};

/** 修改自然人信息（公民身份号码不可在此修改） / change a person's details; the ID number is changed only by personCorrectIdNumber */
export type PersonUpdateInput = {
  /** 住址；不填则不变，空字符串为清除 / address; omit to keep, empty string to clear */
  address?: string | null | undefined;
  /** 期望的版本 / the version you last saw */
  expectedVersion?: number | null | undefined;
  /** 人员的全局标识 / the person's global id */
  id: string | number;
  /** 姓名；不填则不变 / real name; omit to keep */
  name?: string | null | undefined;
  /** 联系电话；不填则不变，空字符串为清除 / phone; omit to keep, empty string to clear */
  phone?: string | null | undefined;
};

/** 申请评估（组织自行申请或登记管理机关组织参评） / apply for evaluation (R-RATE-2) */
export type RatingApplyInput = {
  organisationId: string | number;
  roundId: string | number;
};

/** 降级或取消等级的原因 / why a grade is lowered or cancelled (R-RATE-6) */
export type RatingChangeCause =
  /** 受到行政处罚 / an administrative penalty */
  | 'ADMINISTRATIVE_PENALTY'
  /** 伪造评估等级证书或牌匾 / a forged certificate or plaque */
  | 'FORGED_CERTIFICATE'
  /** 评估中弄虚作假 / fraud in the evaluation */
  | 'FRAUD'
  /** 年检不合格 / failed the annual inspection */
  | 'INSPECTION_FAILED'
  /** 出借评估等级证书或牌匾 / a certificate or plaque lent to others */
  | 'LENT_CERTIFICATE'
  /** 连续2年年检基本合格 / two consecutive basic passes */
  | 'TWO_BASIC_PASSES';

/** 降级或取消等级 / lower or cancel a grade (R-RATE-6) */
export type RatingChangeInput = {
  cause: RatingChangeCause;
  ratingId: string | number;
  reason: string;
};

/** 评估筛选 / which ratings */
export type RatingFilter = {
  grade?: RatingGrade | null | undefined;
  organisationId?: string | number | null | undefined;
  /** 区划（含下级） / region subtree */
  regionCode?: string | null | undefined;
  /** 在该日有效的等级 / grades valid on this day */
  validOn?: string | null | undefined;
};

/** 评估等级，5A最高 / evaluation grade, 5A highest (R-RATE-1) */
export type RatingGrade =
  /** 1A */
  | 'A1'
  /** 2A */
  | 'A2'
  /** 3A */
  | 'A3'
  /** 4A */
  | 'A4'
  /** 5A */
  | 'A5';

/** 授予等级 / grant the grade (R-RATE-1, R-RATE-5) */
export type RatingGrantInput = {
  /** 公告日期（默认今天） / announcement date (today by default) */
  announcedOn?: string | null | undefined;
  ratingId: string | number;
};

/** 公示拟评等级 / publish the proposed grade (R-RATE-4) */
export type RatingPubliciseInput = {
  ratingId: string | number;
  startDate: string;
};

/** 适用的评估办法（2026年3月1日修订） / the rules applied (revised 2026-03-01) */
export type RatingRegime =
  | 'BEFORE_2026_03_01'
  | 'FROM_2026_03_01';

/** 复核决定 / decide a review (R-RATE-4) */
export type RatingReviewDecideInput = {
  /** 复核后的等级（不填则维持） / the grade after review (unchanged when empty) */
  grade?: RatingGrade | null | undefined;
  outcome: string;
  ratingId: string | number;
};

/** 申请复核 / ask for review (R-RATE-4) */
export type RatingReviewRequestInput = {
  ratingId: string | number;
  reason: string;
};

/** 开启评估工作 / open a round */
export type RatingRoundOpenInput = {
  regionCode: string;
  year: number;
};

/** 评估打分 / record scores (R-RATE-3) */
export type RatingScoreInput = {
  basicConditions: number;
  bonus?: number | null | undefined;
  internalGovernance: number;
  ratingId: string | number;
  socialEvaluation: number;
  workPerformance: number;
};

/** 评估状态 / where the evaluation stands */
export type RatingStatus =
  | 'APPLIED'
  | 'CANCELLED'
  | 'CHANGED'
  | 'EXPIRED'
  | 'GRANTED'
  | 'PUBLICISED'
  | 'REFUSED'
  | 'REVIEWED'
  | 'REVIEW_REQUESTED'
  | 'SCORED';

/** 行政区划层级 / level of an administrative division (R-REGION-1) */
export type RegionLevel =
  /** 地市级 / prefecture-level city */
  | 'CITY'
  /** 村级（社区、村） / community or village */
  | 'COMMUNITY'
  /** 县级（县、区） / county or district */
  | 'DISTRICT'
  /** 全国（民政部） / national (the ministry) */
  | 'NATIONAL'
  /** 省级 / province, autonomous region or municipality */
  | 'PROVINCE'
  /** 乡级（乡镇、街道） / township, town or street */
  | 'TOWNSHIP';

/** 事件筛选 / which events */
export type RegistryEventFilter = {
  /** 居（村）委会（全局标识） / one committee (global id) */
  committeeId?: string | number | null | undefined;
  /** 社会组织（全局标识） / one organisation (global id) */
  organisationId?: string | number | null | undefined;
  /** 区划（含下级） / region subtree */
  regionCode?: string | null | undefined;
  /** 事件类型 / event types */
  types?: Array<string> | null | undefined;
};

/** 角色 / the caller's role */
export type Role =
  /** 登记管理机关（民政部门） / registration authority: manages everything in its region subtree */
  | 'AUTHORITY'
  /** 居（村）民委员会工作人员 / a committee's staff: its own committee only */
  | 'COMMITTEE'
  /** 社会组织工作人员 / an organisation's staff: its own records and filings */
  | 'ORGANISATION'
  /** 合作应用（API 密钥） / a partner app with an API key */
  | 'PARTNER'
  /** 公众（匿名） / the anonymous public: public registry facts only */
  | 'PUBLIC'
  /** 业务主管单位 / business supervisory unit: reads and pre-reviews its own organisations */
  | 'SUPERVISOR'
  /** 个人（志愿者等） / a person: their own records */
  | 'VOLUNTEER';

/** 性别（由公民身份号码第17位得出） / sex, as read from digit 17 of the citizen ID number */
export type Sex =
  /** 女 / female */
  | 'FEMALE'
  /** 男 / male */
  | 'MALE';

/** 登记业务主管单位 / record a supervisory unit */
export type SupervisoryUnitCreateInput = {
  /** 统一社会信用代码 / credit code */
  code?: string | null | undefined;
  /** 联系处室 / contact office */
  contactOffice?: string | null | undefined;
  /** 名称 / name */
  name: string;
  /** 所在区划（须在辖区内） / region, within your jurisdiction */
  regionCode: string;
};

/** 创建 Webhook / create a webhook for a partner key */
export type WebhookCreateInput = {
  /** 合作应用的 API 密钥 / the partner's API key */
  apiKeyId: string | number;
  /** 事件筛选（在密钥范围内） / filter, within the key's scope */
  filter?: RegistryEventFilter | null | undefined;
  /** 接收地址（https） / target URL */
  url: string;
};

/** 重新启用 Webhook / re-enable a webhook */
export type WebhookEnableInput = {
  expectedVersion?: number | null | undefined;
  id: string | number;
};

export type OrgRecordFragment = { id: string, version: number, status: OrganisationStatus, englishName: string | null, certificateNumber: string | null, certificateIssuedOn: string | null, certificateValidFrom: string | null, certificateValidUntil: string | null, industryCode: string | null, fundsCurrency: string | null, fundsSource: string | null, domicileSource: DomicileSource | null, charterApprovedOn: string | null, fullTimeStaff: number | null, partTimeStaff: number | null, councilMembers: number | null, supervisors: number | null, standingCouncilMembers: number | null, activityAreaLevel: string | null, supervisoryApproval: string | null, charityRecognisedOn: string | null };

export type OrganisationRecordFactsMutationVariables = Exact<{
  input: OrganisationRecordFactsInput;
}>;


export type OrganisationRecordFactsMutation = { organisationRecordFacts: { organisation: { id: string, version: number, status: OrganisationStatus, englishName: string | null, certificateNumber: string | null, certificateIssuedOn: string | null, certificateValidFrom: string | null, certificateValidUntil: string | null, industryCode: string | null, fundsCurrency: string | null, fundsSource: string | null, domicileSource: DomicileSource | null, charterApprovedOn: string | null, fullTimeStaff: number | null, partTimeStaff: number | null, councilMembers: number | null, supervisors: number | null, standingCouncilMembers: number | null, activityAreaLevel: string | null, supervisoryApproval: string | null, charityRecognisedOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationCertificateRenewMutationVariables = Exact<{
  input: OrganisationCertificateRenewInput;
}>;


export type OrganisationCertificateRenewMutation = { organisationCertificateRenew: { organisation: { id: string, version: number, status: OrganisationStatus, englishName: string | null, certificateNumber: string | null, certificateIssuedOn: string | null, certificateValidFrom: string | null, certificateValidUntil: string | null, industryCode: string | null, fundsCurrency: string | null, fundsSource: string | null, domicileSource: DomicileSource | null, charterApprovedOn: string | null, fullTimeStaff: number | null, partTimeStaff: number | null, councilMembers: number | null, supervisors: number | null, standingCouncilMembers: number | null, activityAreaLevel: string | null, supervisoryApproval: string | null, charityRecognisedOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationRegisterRecordMutationVariables = Exact<{
  input: OrganisationRegisterInput;
}>;


export type OrganisationRegisterRecordMutation = { organisationRegister: { organisation: { id: string, version: number, status: OrganisationStatus, englishName: string | null, certificateNumber: string | null, certificateIssuedOn: string | null, certificateValidFrom: string | null, certificateValidUntil: string | null, industryCode: string | null, fundsCurrency: string | null, fundsSource: string | null, domicileSource: DomicileSource | null, charterApprovedOn: string | null, fullTimeStaff: number | null, partTimeStaff: number | null, councilMembers: number | null, supervisors: number | null, standingCouncilMembers: number | null, activityAreaLevel: string | null, supervisoryApproval: string | null, charityRecognisedOn: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationRecordQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationRecordQuery = { organisation: { id: string, version: number, status: OrganisationStatus, englishName: string | null, certificateNumber: string | null, certificateIssuedOn: string | null, certificateValidFrom: string | null, certificateValidUntil: string | null, industryCode: string | null, fundsCurrency: string | null, fundsSource: string | null, domicileSource: DomicileSource | null, charterApprovedOn: string | null, fullTimeStaff: number | null, partTimeStaff: number | null, councilMembers: number | null, supervisors: number | null, standingCouncilMembers: number | null, activityAreaLevel: string | null, supervisoryApproval: string | null, charityRecognisedOn: string | null, history: Array<{ action: string, effectiveDate: string, decisionNumber: string | null, reason: string | null, changes: Record<string, unknown> }>, timeline: Array<{ date: string, kind: string, summary: string, legalBasis: string }>, obligations: Array<{ kind: string, dueOn: string | null, daysLeft: number | null, certificateNumber: string | null, certificateValidUntil: string | null, filing: { id: string } | null }> | null } | null };

export type OrgCharityFragment = { id: string, version: number, status: OrganisationStatus, charityRecognised: boolean, charityRecognisedOn: string | null, publicFundraisingQualified: boolean };

export type OrganisationCharityRecogniseMutationVariables = Exact<{
  input: OrganisationCharityRecogniseInput;
}>;


export type OrganisationCharityRecogniseMutation = { organisationCharityRecognise: { organisation: { id: string, version: number, status: OrganisationStatus, charityRecognised: boolean, charityRecognisedOn: string | null, publicFundraisingQualified: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationFundraisingGrantMutationVariables = Exact<{
  input: OrganisationFundraisingGrantInput;
}>;


export type OrganisationFundraisingGrantMutation = { organisationFundraisingGrant: { organisation: { id: string, version: number, status: OrganisationStatus, charityRecognised: boolean, charityRecognisedOn: string | null, publicFundraisingQualified: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationFundraisingRevokeMutationVariables = Exact<{
  input: OrganisationFundraisingRevokeInput;
}>;


export type OrganisationFundraisingRevokeMutation = { organisationFundraisingRevoke: { organisation: { id: string, version: number, status: OrganisationStatus, charityRecognised: boolean, charityRecognisedOn: string | null, publicFundraisingQualified: boolean } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationCharityQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationCharityQuery = { organisation: { id: string, version: number, status: OrganisationStatus, charityRecognised: boolean, charityRecognisedOn: string | null, publicFundraisingQualified: boolean, history: Array<{ action: string, effectiveDate: string, decisionNumber: string | null, reason: string | null, changes: Record<string, unknown> }>, timeline: Array<{ date: string, kind: string, summary: string, legalBasis: string }>, filings: Array<{ id: string, year: number, form: FilingForm, supervisorDueOn: string | null, authorityDueOn: string }> } | null };

export type FilingFieldsFragment = { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null };

export type FilingCycleOpenMutationVariables = Exact<{
  input: FilingCycleOpenInput;
}>;


export type FilingCycleOpenMutation = { filingCycleOpen: { created: number | null, total: number | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingSaveDraftMutationVariables = Exact<{
  input: FilingSaveDraftInput;
}>;


export type FilingSaveDraftMutation = { filingSaveDraft: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, report: { activities: string | null, declarationSigned: boolean, financial: { incomeFen: number | null, expenditureFen: number | null, netAssetsFen: number | null, audited: boolean | null } } | null, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingSubmitMutationVariables = Exact<{
  input: FilingSubmitInput;
}>;


export type FilingSubmitMutation = { filingSubmit: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingSupervisorApproveMutationVariables = Exact<{
  input: FilingStepInput;
}>;


export type FilingSupervisorApproveMutation = { filingSupervisorApprove: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingReturnMutationVariables = Exact<{
  input: FilingStepInput;
}>;


export type FilingReturnMutation = { filingReturn: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, report: { returnReasons: string | null } | null, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingConcludeMutationVariables = Exact<{
  input: FilingConcludeInput;
}>;


export type FilingConcludeMutation = { filingConclude: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingExtendMutationVariables = Exact<{
  input: FilingExtendInput;
}>;


export type FilingExtendMutation = { filingExtend: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingRectificationReportMutationVariables = Exact<{
  input: FilingRectificationReportInput;
}>;


export type FilingRectificationReportMutation = { filingRectificationReport: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingRectificationVerifyMutationVariables = Exact<{
  input: FilingRectificationVerifyInput;
}>;


export type FilingRectificationVerifyMutation = { filingRectificationVerify: { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, organisation: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingsQueryVariables = Exact<{
  filter?: FilingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FilingsQuery = { filings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, report: { financial: { incomeFen: number | null } } | null, organisation: { id: string, name: string } | null }> } };

export type FilingByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type FilingByIdQuery = { filing: { id: string, year: number, form: FilingForm, status: FilingStatus, regionCode: string, directRegistration: boolean, supervisorDueOn: string | null, authorityDueOn: string, extendedDueOn: string | null, effectiveDueOn: string, rectificationReasons: Array<string>, submittedAt: string | null, late: boolean | null, result: InspectionResult | null, findings: string | null, concludedOn: string | null, rectificationDueOn: string | null, rectificationReportedOn: string | null, rectificationVerifiedOn: string | null, version: number, report: { supervisorReasons: string | null, returnReasons: string | null, financial: { incomeFen: number | null } } | null, organisation: { id: string, name: string } | null } | null };

export type FilingStatsQueryVariables = Exact<{
  regionCode: string;
  year: number;
}>;


export type FilingStatsQuery = { filingStats: { owed: number, submitted: number, late: number, overdue: number, concluded: number, pass: number, basicPass: number, fail: number, participationRate: number, passRate: number } };

export type OrganisationFilingsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationFilingsQuery = { organisation: { id: string, filings: Array<{ id: string, year: number, status: FilingStatus, result: InspectionResult | null }>, obligations: Array<{ kind: string, dueOn: string | null, daysLeft: number | null, filing: { id: string, year: number, status: FilingStatus } | null }> | null, creditListings: Array<{ id: string, list: CreditList, reasons: Array<CreditReason>, removedOn: string | null }>, timeline: Array<{ date: string, kind: string, summary: string, legalBasis: string }> } | null };

export type CreditListingsQueryVariables = Exact<{
  filter?: CreditListingFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type CreditListingsQuery = { creditListings: { totalCount: number, nodes: Array<{ id: string, list: CreditList, reasons: Array<CreditReason>, legalBasis: Array<string>, listedOn: string, decidedBy: string, lastActOn: string | null, rectificationVerifiedOn: string | null, removedOn: string | null, removalReason: string | null, version: number, organisation: { id: string, name: string } | null }> } };

export type CreditListMutationVariables = Exact<{
  input: CreditListInput;
}>;


export type CreditListMutation = { creditList: { listing: { id: string, list: CreditList, reasons: Array<CreditReason>, legalBasis: Array<string>, listedOn: string, lastActOn: string | null, removedOn: string | null, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type CreditRemoveMutationVariables = Exact<{
  input: CreditRemoveInput;
}>;


export type CreditRemoveMutation = { creditRemove: { listing: { id: string, list: CreditList, removedOn: string | null, removalReason: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PenaltyRecordMutationVariables = Exact<{
  input: PenaltyRecordInput;
}>;


export type PenaltyRecordMutation = { penaltyRecord: { penalty: { id: string, kinds: Array<PenaltyKind>, fineFen: number, decisionNumber: string, decidedOn: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type FilingAndListingNodesQueryVariables = Exact<{
  filing: string | number;
  listing: string | number;
}>;


export type FilingAndListingNodesQuery = { filing:
    | { id: string }
    | { id: string }
    | { year: number, status: FilingStatus, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null, listing:
    | { id: string }
    | { list: CreditList, reasons: Array<CreditReason>, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type OrgPublicFragment = { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null };

export type OrgDetailsFragment = { registeredFundsFen: number | null, individualMembers: number | null, unitMembers: number | null, partyOrganisation: boolean | null, contactPhone: string | null, legalRepresentative: { id: string, name: string, idNumber: string, phone: string | null, personalDataVisible: boolean } | null };

export type SupervisoryUnitCreateMutationVariables = Exact<{
  input: SupervisoryUnitCreateInput;
}>;


export type SupervisoryUnitCreateMutation = { supervisoryUnitCreate: { supervisoryUnit: { id: string, name: string, regionCode: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationPrepareMutationVariables = Exact<{
  input: OrganisationPrepareInput;
}>;


export type OrganisationPrepareMutation = { organisationPrepare: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationRegisterMutationVariables = Exact<{
  input: OrganisationRegisterInput;
}>;


export type OrganisationRegisterMutation = { organisationRegister: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, registeredFundsFen: number | null, individualMembers: number | null, unitMembers: number | null, partyOrganisation: boolean | null, contactPhone: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null, legalRepresentative: { id: string, name: string, idNumber: string, phone: string | null, personalDataVisible: boolean } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationAmendMutationVariables = Exact<{
  input: OrganisationAmendInput;
}>;


export type OrganisationAmendMutation = { organisationAmend: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationSuspendMutationVariables = Exact<{
  input: OrganisationSuspendInput;
}>;


export type OrganisationSuspendMutation = { organisationSuspend: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationResumeMutationVariables = Exact<{
  input: OrganisationResumeInput;
}>;


export type OrganisationResumeMutation = { organisationResume: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationDeregisterMutationVariables = Exact<{
  input: OrganisationDeregisterInput;
}>;


export type OrganisationDeregisterMutation = { organisationDeregister: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationRevokeMutationVariables = Exact<{
  input: OrganisationRevokeInput;
}>;


export type OrganisationRevokeMutation = { organisationRevoke: { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationByIdQuery = { organisation: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, registeredFundsFen: number | null, individualMembers: number | null, unitMembers: number | null, partyOrganisation: boolean | null, contactPhone: string | null, history: Array<{ action: string, effectiveDate: string, decisionNumber: string | null, reason: string | null, changes: Record<string, unknown> }>, timeline: Array<{ date: string, kind: string, summary: string, legalBasis: string }>, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null, legalRepresentative: { id: string, name: string, idNumber: string, phone: string | null, personalDataVisible: boolean } | null } | null };

export type OrganisationByCodeQueryVariables = Exact<{
  code: string;
}>;


export type OrganisationByCodeQuery = { organisationByCode: { id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null } | null };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  orderBy?: OrganisationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ registeredFundsFen: number | null, id: string, name: string, formerNames: Array<string>, code: string | null, type: OrganisationType, fundraising: Fundraising | null, status: OrganisationStatus, regionCode: string, domicile: string, businessScope: string, directRegistration: boolean, fields: Array<FieldOfActivity>, registrationDate: string | null, registrationDueBy: string | null, certificateNumber: string | null, endedOn: string | null, suspendedUntil: string | null, version: number, legalRepresentativeName: string | null, region: { code: string, name: string }, supervisoryUnit: { id: string, name: string } | null }> } };

export type OrganisationStatsQueryVariables = Exact<{
  regionCode: string;
  groupBy: OrganisationStatsGroupBy;
}>;


export type OrganisationStatsQuery = { organisationStats: { regionCode: string, total: number, fundsFen: number, groups: Array<{ key: string, label: string, count: number, fundsFen: number }> } };

export type JurisdictionSettingsQueryVariables = Exact<{
  regionCode: string;
  date?: string | null | undefined;
}>;


export type JurisdictionSettingsQuery = { jurisdictionSettings: Array<{ key: string, rules: Array<string>, value: unknown, nationalDefault: unknown, sourceRegionCode: string | null, effectiveFrom: string | null }> };

export type JurisdictionSettingSetMutationVariables = Exact<{
  input: JurisdictionSettingSetInput;
}>;


export type JurisdictionSettingSetMutation = { jurisdictionSettingSet: { setting: { key: string, value: unknown, sourceRegionCode: string | null, effectiveFrom: string | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RevocationCandidatesQueryVariables = Exact<{
  regionCode: string;
}>;


export type RevocationCandidatesQuery = { revocationCandidates: Array<{ years: Array<number>, reason: string, nextStep: string, organisation: { id: string, name: string } }> };

export type OrganisationsBeforeQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type OrganisationsBeforeQuery = { organisations: { pageInfo: { hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ id: string, name: string }> } };

export type PersonFieldsFragment = { id: string, name: string, idNumber: string, phone: string | null, address: string | null, birthDate: string | null, sex: Sex, regionCode: string, personalDataVisible: boolean, version: number, createdAt: string };

export type PersonByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonByIdQuery = { person: { id: string, name: string, idNumber: string, phone: string | null, address: string | null, birthDate: string | null, sex: Sex, regionCode: string, personalDataVisible: boolean, version: number, createdAt: string } };

export type PersonByIdNumberQueryVariables = Exact<{
  idNumber: string;
}>;


export type PersonByIdNumberQuery = { personByIdNumber: { id: string, name: string, idNumber: string, phone: string | null, address: string | null, birthDate: string | null, sex: Sex, regionCode: string, personalDataVisible: boolean, version: number, createdAt: string } | null };

export type PersonNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type PersonNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { name: string, idNumber: string, personalDataVisible: boolean, id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export type PersonRegisterMutationVariables = Exact<{
  input: PersonRegisterInput;
}>;


export type PersonRegisterMutation = { personRegister: { person: { id: string, name: string, idNumber: string, phone: string | null, address: string | null, birthDate: string | null, sex: Sex, regionCode: string, personalDataVisible: boolean, version: number, createdAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PersonUpdateMutationVariables = Exact<{
  input: PersonUpdateInput;
}>;


export type PersonUpdateMutation = { personUpdate: { person: { id: string, name: string, idNumber: string, phone: string | null, address: string | null, birthDate: string | null, sex: Sex, regionCode: string, personalDataVisible: boolean, version: number, createdAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type PersonCorrectIdNumberMutationVariables = Exact<{
  input: PersonCorrectIdNumberInput;
}>;


export type PersonCorrectIdNumberMutation = { personCorrectIdNumber: { person: { id: string, name: string, idNumber: string, phone: string | null, address: string | null, birthDate: string | null, sex: Sex, regionCode: string, personalDataVisible: boolean, version: number, createdAt: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RegionsQueryVariables = Exact<{
  level?: RegionLevel | null | undefined;
  parentCode?: string | null | undefined;
  within?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  last?: number | null | undefined;
  before?: string | null | undefined;
}>;


export type RegionsQuery = { regions: { totalCount: number, pageInfo: { hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ id: string, code: string, name: string, level: RegionLevel, parentCode: string | null, population: number | null, demo: boolean }> } };

export type RegionTreeQueryVariables = Exact<{
  code: string;
}>;


export type RegionTreeQuery = { region: { id: string, code: string, name: string, level: RegionLevel, parent: { code: string } | null, children: Array<{ code: string, name: string, level: RegionLevel }>, ancestors: Array<{ code: string, level: RegionLevel }> } | null };

export type NodeByIdQueryVariables = Exact<{
  id: string | number;
}>;


export type NodeByIdQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { code: string, name: string, id: string }
    | { id: string }
    | { id: string }
   | null };

export type NodesByIdsQueryVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type NodesByIdsQuery = { nodes: Array<
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { code: string, id: string }
    | { id: string }
    | { id: string }
   | null> };

export type ViewerQueryVariables = Exact<{ [key: string]: never; }>;


export type ViewerQuery = { viewer: { role: Role, sub: string, name: string | null, regionCode: string | null, organisationId: string | null, eventTypes: Array<string> } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: Array<{ id: string, name: string, regionCode: string, eventTypes: Array<string>, revokedAt: string | null, version: number }> };

export type ApiKeyCreateMutationVariables = Exact<{
  input: ApiKeyCreateInput;
}>;


export type ApiKeyCreateMutation = { apiKeyCreate: { key: string | null, apiKey: { id: string, name: string, regionCode: string, eventTypes: Array<string>, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type ApiKeyRevokeMutationVariables = Exact<{
  input: ApiKeyRevokeInput;
}>;


export type ApiKeyRevokeMutation = { apiKeyRevoke: { apiKey: { id: string, revokedAt: string | null, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type AuditTrailQueryVariables = Exact<{
  entityId: string | number;
  first?: number | null | undefined;
}>;


export type AuditTrailQuery = { auditTrail: { totalCount: number, nodes: Array<{ operation: string, entityType: string, actorSub: string, actorRole: string, changes: Record<string, unknown>, requestId: string | null, at: string }> } };

export type EventsQueryVariables = Exact<{
  filter?: RegistryEventFilter | null | undefined;
  after?: string | null | undefined;
  first?: number | null | undefined;
}>;


export type EventsQuery = { events: { endCursor: string | null, hasNextPage: boolean, nodes: Array<{ id: string, cursor: string, type: string, subjectId: string, subjectType: string, regionCode: string | null, data: Record<string, unknown>, occurredAt: string }> } };

export type RegistryEventsSubscriptionVariables = Exact<{
  filter?: RegistryEventFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type RegistryEventsSubscription = { registryEvents: { id: string, cursor: string, type: string, subjectId: string, regionCode: string | null, data: Record<string, unknown> } };

export type DeepRegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type DeepRegionsQuery = { regions: { nodes: Array<{ children: Array<{ children: Array<{ children: Array<{ code: string }> }> }> }> } };

export type WebhookCreateMutationVariables = Exact<{
  input: WebhookCreateInput;
}>;


export type WebhookCreateMutation = { webhookCreate: { secret: string | null, webhook: { id: string, url: string, enabled: boolean, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type WebhookEnableMutationVariables = Exact<{
  input: WebhookEnableInput;
}>;


export type WebhookEnableMutation = { webhookEnable: { webhook: { id: string, enabled: boolean, consecutiveFailures: number, version: number } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type WebhooksQueryVariables = Exact<{ [key: string]: never; }>;


export type WebhooksQuery = { webhooks: Array<{ id: string, url: string, enabled: boolean, consecutiveFailures: number, disabledReason: string | null, version: number, deliveries: { totalCount: number, nodes: Array<{ eventId: string, status: string, attempts: number, lastStatusCode: number | null }> } }> };

export type CreditListingsLiveSubscriptionVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type CreditListingsLiveSubscription = { creditListings: { id: string, cursor: string, type: string, subjectId: string, regionCode: string | null, data: Record<string, unknown> } };

export type CertificateExpiryLiveSubscriptionVariables = Exact<{
  regionCode?: string | null | undefined;
  leadDays?: number | null | undefined;
}>;


export type CertificateExpiryLiveSubscription = { certificateExpiry: { id: string, cursor: string, type: string, subjectId: string, regionCode: string | null, data: Record<string, unknown> } };

export type RatingFieldsFragment = { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null };

export type RatingRoundOpenMutationVariables = Exact<{
  input: RatingRoundOpenInput;
}>;


export type RatingRoundOpenMutation = { ratingRoundOpen: { round: { id: string, year: number, regionCode: string, status: string, openedOn: string } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingApplyMutationVariables = Exact<{
  input: RatingApplyInput;
}>;


export type RatingApplyMutation = { ratingApply: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingScoreMutationVariables = Exact<{
  input: RatingScoreInput;
}>;


export type RatingScoreMutation = { ratingScore: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingPubliciseMutationVariables = Exact<{
  input: RatingPubliciseInput;
}>;


export type RatingPubliciseMutation = { ratingPublicise: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingReviewRequestMutationVariables = Exact<{
  input: RatingReviewRequestInput;
}>;


export type RatingReviewRequestMutation = { ratingReviewRequest: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingReviewDecideMutationVariables = Exact<{
  input: RatingReviewDecideInput;
}>;


export type RatingReviewDecideMutation = { ratingReviewDecide: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingGrantMutationVariables = Exact<{
  input: RatingGrantInput;
}>;


export type RatingGrantMutation = { ratingGrant: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingDowngradeMutationVariables = Exact<{
  input: RatingChangeInput;
}>;


export type RatingDowngradeMutation = { ratingDowngrade: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type RatingCancelMutationVariables = Exact<{
  input: RatingChangeInput;
}>;


export type RatingCancelMutation = { ratingCancel: { rating: { id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null } | null, userErrors: Array<{ field: string | null, code: string, message: string }> } };

export type OrganisationRatingsQueryVariables = Exact<{
  id: string | number;
}>;


export type OrganisationRatingsQuery = { organisation: { id: string, name: string, currentRating: { grade: RatingGrade | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, scores: { total: number } | null } | null, ratings: Array<{ id: string, year: number, regionCode: string, status: RatingStatus, regime: RatingRegime, appliedOn: string, proposedGrade: RatingGrade | null, grade: RatingGrade | null, previousGrade: RatingGrade | null, publicityStart: string | null, publicityEnd: string | null, announcedOn: string | null, validFrom: string | null, validUntil: string | null, certificateNumber: string | null, changedOn: string | null, changeCause: RatingChangeCause | null, changeReason: string | null, certificateReturnDue: string | null, version: number, scores: { basicConditions: number, internalGovernance: number, workPerformance: number, socialEvaluation: number, bonus: number, total: number, withheld5A: boolean } | null, review: { requestedOn: string, reason: string | null, decisionDue: string, decidedOn: string | null, outcome: string | null } | null }> } | null };

export type RatingsQueryVariables = Exact<{
  filter?: RatingFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type RatingsQuery = { ratings: { totalCount: number, nodes: Array<{ id: string, grade: RatingGrade | null, validUntil: string | null, organisation: { name: string } | null }> } };

export type RatingRoundsQueryVariables = Exact<{
  regionCode?: string | null | undefined;
}>;


export type RatingRoundsQuery = { ratingRounds: Array<{ id: string, year: number, regionCode: string, status: string }> };

export type RatingStatsQueryVariables = Exact<{
  regionCode: string;
  date?: string | null | undefined;
}>;


export type RatingStatsQuery = { ratingStats: { regionCode: string, date: string, rated: number, registered: number, ratedShare: number, byGrade: Array<{ grade: RatingGrade, count: number }> } };

export type RatingNodeQueryVariables = Exact<{
  id: string | number;
}>;


export type RatingNodeQuery = { node:
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { id: string }
    | { grade: RatingGrade | null, validUntil: string | null, id: string, scores: { total: number } | null }
    | { id: string }
    | { id: string }
    | { id: string }
   | null };

export const OrgRecordFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundsCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"fundsSource"}},{"kind":"Field","name":{"kind":"Name","value":"domicileSource"}},{"kind":"Field","name":{"kind":"Name","value":"charterApprovedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"councilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"}},{"kind":"Field","name":{"kind":"Name","value":"standingCouncilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activityAreaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryApproval"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}}]}}]} as unknown as DocumentNode<OrgRecordFragment, unknown>;
export const OrgCharityFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgCharity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicFundraisingQualified"}}]}}]} as unknown as DocumentNode<OrgCharityFragment, unknown>;
export const FilingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingFieldsFragment, unknown>;
export const OrgPublicFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrgPublicFragment, unknown>;
export const OrgDetailsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredFundsFen"}},{"kind":"Field","name":{"kind":"Name","value":"individualMembers"}},{"kind":"Field","name":{"kind":"Name","value":"unitMembers"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}}]}}]}}]} as unknown as DocumentNode<OrgDetailsFragment, unknown>;
export const PersonFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonFieldsFragment, unknown>;
export const RatingFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingFieldsFragment, unknown>;
export const OrganisationRecordFactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationRecordFacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationRecordFactsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationRecordFacts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundsCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"fundsSource"}},{"kind":"Field","name":{"kind":"Name","value":"domicileSource"}},{"kind":"Field","name":{"kind":"Name","value":"charterApprovedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"councilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"}},{"kind":"Field","name":{"kind":"Name","value":"standingCouncilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activityAreaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryApproval"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}}]}}]} as unknown as DocumentNode<OrganisationRecordFactsMutation, OrganisationRecordFactsMutationVariables>;
export const OrganisationCertificateRenewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationCertificateRenew"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationCertificateRenewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationCertificateRenew"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundsCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"fundsSource"}},{"kind":"Field","name":{"kind":"Name","value":"domicileSource"}},{"kind":"Field","name":{"kind":"Name","value":"charterApprovedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"councilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"}},{"kind":"Field","name":{"kind":"Name","value":"standingCouncilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activityAreaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryApproval"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}}]}}]} as unknown as DocumentNode<OrganisationCertificateRenewMutation, OrganisationCertificateRenewMutationVariables>;
export const OrganisationRegisterRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationRegisterRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRecord"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundsCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"fundsSource"}},{"kind":"Field","name":{"kind":"Name","value":"domicileSource"}},{"kind":"Field","name":{"kind":"Name","value":"charterApprovedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"councilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"}},{"kind":"Field","name":{"kind":"Name","value":"standingCouncilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activityAreaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryApproval"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}}]}}]} as unknown as DocumentNode<OrganisationRegisterRecordMutation, OrganisationRegisterRecordMutationVariables>;
export const OrganisationRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgRecord"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgRecord"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"englishName"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssuedOn"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidFrom"}},{"kind":"Field","name":{"kind":"Name","value":"certificateValidUntil"}},{"kind":"Field","name":{"kind":"Name","value":"industryCode"}},{"kind":"Field","name":{"kind":"Name","value":"fundsCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"fundsSource"}},{"kind":"Field","name":{"kind":"Name","value":"domicileSource"}},{"kind":"Field","name":{"kind":"Name","value":"charterApprovedOn"}},{"kind":"Field","name":{"kind":"Name","value":"fullTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"partTimeStaff"}},{"kind":"Field","name":{"kind":"Name","value":"councilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"supervisors"}},{"kind":"Field","name":{"kind":"Name","value":"standingCouncilMembers"}},{"kind":"Field","name":{"kind":"Name","value":"activityAreaLevel"}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryApproval"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}}]}}]} as unknown as DocumentNode<OrganisationRecordQuery, OrganisationRecordQueryVariables>;
export const OrganisationCharityRecogniseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationCharityRecognise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationCharityRecogniseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationCharityRecognise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgCharity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgCharity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicFundraisingQualified"}}]}}]} as unknown as DocumentNode<OrganisationCharityRecogniseMutation, OrganisationCharityRecogniseMutationVariables>;
export const OrganisationFundraisingGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationFundraisingGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFundraisingGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationFundraisingGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgCharity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgCharity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicFundraisingQualified"}}]}}]} as unknown as DocumentNode<OrganisationFundraisingGrantMutation, OrganisationFundraisingGrantMutationVariables>;
export const OrganisationFundraisingRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationFundraisingRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFundraisingRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationFundraisingRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgCharity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgCharity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicFundraisingQualified"}}]}}]} as unknown as DocumentNode<OrganisationFundraisingRevokeMutation, OrganisationFundraisingRevokeMutationVariables>;
export const OrganisationCharityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationCharity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgCharity"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgCharity"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognised"}},{"kind":"Field","name":{"kind":"Name","value":"charityRecognisedOn"}},{"kind":"Field","name":{"kind":"Name","value":"publicFundraisingQualified"}}]}}]} as unknown as DocumentNode<OrganisationCharityQuery, OrganisationCharityQueryVariables>;
export const FilingCycleOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingCycleOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingCycleOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingCycleOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"created"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<FilingCycleOpenMutation, FilingCycleOpenMutationVariables>;
export const FilingSaveDraftDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingSaveDraft"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingSaveDraftInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingSaveDraft"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}},{"kind":"Field","name":{"kind":"Name","value":"expenditureFen"}},{"kind":"Field","name":{"kind":"Name","value":"netAssetsFen"}},{"kind":"Field","name":{"kind":"Name","value":"audited"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"}},{"kind":"Field","name":{"kind":"Name","value":"declarationSigned"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingSaveDraftMutation, FilingSaveDraftMutationVariables>;
export const FilingSubmitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingSubmit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingSubmitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingSubmit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingSubmitMutation, FilingSubmitMutationVariables>;
export const FilingSupervisorApproveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingSupervisorApprove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingSupervisorApprove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingSupervisorApproveMutation, FilingSupervisorApproveMutationVariables>;
export const FilingReturnDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingReturn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingStepInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingReturn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"returnReasons"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingReturnMutation, FilingReturnMutationVariables>;
export const FilingConcludeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingConclude"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingConcludeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingConclude"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingConcludeMutation, FilingConcludeMutationVariables>;
export const FilingExtendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingExtend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingExtendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingExtend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingExtendMutation, FilingExtendMutationVariables>;
export const FilingRectificationReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingRectificationReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingRectificationReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingRectificationReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingRectificationReportMutation, FilingRectificationReportMutationVariables>;
export const FilingRectificationVerifyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FilingRectificationVerify"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingRectificationVerifyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingRectificationVerify"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingRectificationVerifyMutation, FilingRectificationVerifyMutationVariables>;
export const FilingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Filings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FilingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingsQuery, FilingsQueryVariables>;
export const FilingByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filing"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FilingFields"}},{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"financial"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"incomeFen"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisorReasons"}},{"kind":"Field","name":{"kind":"Name","value":"returnReasons"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FilingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"form"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"supervisorDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"authorityDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"extendedDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReasons"}},{"kind":"Field","name":{"kind":"Name","value":"submittedAt"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"findings"}},{"kind":"Field","name":{"kind":"Name","value":"concludedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationDueOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationReportedOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FilingByIdQuery, FilingByIdQueryVariables>;
export const FilingStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"filingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"owed"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"late"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"concluded"}},{"kind":"Field","name":{"kind":"Name","value":"pass"}},{"kind":"Field","name":{"kind":"Name","value":"basicPass"}},{"kind":"Field","name":{"kind":"Name","value":"fail"}},{"kind":"Field","name":{"kind":"Name","value":"participationRate"}},{"kind":"Field","name":{"kind":"Name","value":"passRate"}}]}}]}}]} as unknown as DocumentNode<FilingStatsQuery, FilingStatsQueryVariables>;
export const OrganisationFilingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationFilings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"filings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"result"}}]}},{"kind":"Field","name":{"kind":"Name","value":"obligations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"dueOn"}},{"kind":"Field","name":{"kind":"Name","value":"daysLeft"}},{"kind":"Field","name":{"kind":"Name","value":"filing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditListings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationFilingsQuery, OrganisationFilingsQueryVariables>;
export const CreditListingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreditListings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditListingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditListings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"decidedBy"}},{"kind":"Field","name":{"kind":"Name","value":"lastActOn"}},{"kind":"Field","name":{"kind":"Name","value":"rectificationVerifiedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreditListingsQuery, CreditListingsQueryVariables>;
export const CreditListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditListInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditList"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"listedOn"}},{"kind":"Field","name":{"kind":"Name","value":"lastActOn"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditListMutation, CreditListMutationVariables>;
export const CreditRemoveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreditRemove"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreditRemoveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditRemove"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"listing"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"removedOn"}},{"kind":"Field","name":{"kind":"Name","value":"removalReason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<CreditRemoveMutation, CreditRemoveMutationVariables>;
export const PenaltyRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PenaltyRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PenaltyRecordInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penaltyRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"penalty"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"fineFen"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<PenaltyRecordMutation, PenaltyRecordMutationVariables>;
export const FilingAndListingNodesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FilingAndListingNodes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"listing"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"filing"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Filing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"listing"},"name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"listing"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CreditListing"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"list"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}}]}}]}}]}}]} as unknown as DocumentNode<FilingAndListingNodesQuery, FilingAndListingNodesQueryVariables>;
export const SupervisoryUnitCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SupervisoryUnitCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SupervisoryUnitCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnitCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<SupervisoryUnitCreateMutation, SupervisoryUnitCreateMutationVariables>;
export const OrganisationPrepareDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationPrepare"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationPrepareInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationPrepare"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationPrepareMutation, OrganisationPrepareMutationVariables>;
export const OrganisationRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDetails"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredFundsFen"}},{"kind":"Field","name":{"kind":"Name","value":"individualMembers"}},{"kind":"Field","name":{"kind":"Name","value":"unitMembers"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}}]}}]}}]} as unknown as DocumentNode<OrganisationRegisterMutation, OrganisationRegisterMutationVariables>;
export const OrganisationAmendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationAmend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationAmendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationAmend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationAmendMutation, OrganisationAmendMutationVariables>;
export const OrganisationSuspendDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationSuspend"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationSuspendInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationSuspend"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationSuspendMutation, OrganisationSuspendMutationVariables>;
export const OrganisationResumeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationResume"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationResumeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationResume"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationResumeMutation, OrganisationResumeMutationVariables>;
export const OrganisationDeregisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationDeregister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationDeregisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationDeregister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationDeregisterMutation, OrganisationDeregisterMutationVariables>;
export const OrganisationRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OrganisationRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationRevokeMutation, OrganisationRevokeMutationVariables>;
export const OrganisationByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgDetails"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveDate"}},{"kind":"Field","name":{"kind":"Name","value":"decisionNumber"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}}]}},{"kind":"Field","name":{"kind":"Name","value":"timeline"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgDetails"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registeredFundsFen"}},{"kind":"Field","name":{"kind":"Name","value":"individualMembers"}},{"kind":"Field","name":{"kind":"Name","value":"unitMembers"}},{"kind":"Field","name":{"kind":"Name","value":"partyOrganisation"}},{"kind":"Field","name":{"kind":"Name","value":"contactPhone"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}}]}}]}}]} as unknown as DocumentNode<OrganisationByIdQuery, OrganisationByIdQueryVariables>;
export const OrganisationByCodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationByCode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationByCode"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationByCodeQuery, OrganisationByCodeQueryVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrgPublic"}},{"kind":"Field","name":{"kind":"Name","value":"registeredFundsFen"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrgPublic"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"formerNames"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"fundraising"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"domicile"}},{"kind":"Field","name":{"kind":"Name","value":"businessScope"}},{"kind":"Field","name":{"kind":"Name","value":"directRegistration"}},{"kind":"Field","name":{"kind":"Name","value":"fields"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDate"}},{"kind":"Field","name":{"kind":"Name","value":"registrationDueBy"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"endedOn"}},{"kind":"Field","name":{"kind":"Name","value":"suspendedUntil"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalRepresentativeName"}},{"kind":"Field","name":{"kind":"Name","value":"region"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"supervisoryUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationStatsGroupBy"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisationStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"fundsFen"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"fundsFen"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationStatsQuery, OrganisationStatsQueryVariables>;
export const JurisdictionSettingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"JurisdictionSettings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionSettings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"rules"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"nationalDefault"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}}]}}]} as unknown as DocumentNode<JurisdictionSettingsQuery, JurisdictionSettingsQueryVariables>;
export const JurisdictionSettingSetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"JurisdictionSettingSet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"JurisdictionSettingSetInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"jurisdictionSettingSet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setting"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRegionCode"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<JurisdictionSettingSetMutation, JurisdictionSettingSetMutationVariables>;
export const RevocationCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RevocationCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revocationCandidates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"nextStep"}}]}}]}}]} as unknown as DocumentNode<RevocationCandidatesQuery, RevocationCandidatesQueryVariables>;
export const OrganisationsBeforeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationsBefore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsBeforeQuery, OrganisationsBeforeQueryVariables>;
export const PersonByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonByIdQuery, PersonByIdQueryVariables>;
export const PersonByIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonByIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personByIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"idNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonByIdNumberQuery, PersonByIdNumberQueryVariables>;
export const PersonNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PersonNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}}]}}]}}]}}]} as unknown as DocumentNode<PersonNodeQuery, PersonNodeQueryVariables>;
export const PersonRegisterDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonRegister"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonRegisterInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personRegister"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonRegisterMutation, PersonRegisterMutationVariables>;
export const PersonUpdateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonUpdate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonUpdateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personUpdate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonUpdateMutation, PersonUpdateMutationVariables>;
export const PersonCorrectIdNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PersonCorrectIdNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PersonCorrectIdNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"personCorrectIdNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PersonFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PersonFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"birthDate"}},{"kind":"Field","name":{"kind":"Name","value":"sex"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"personalDataVisible"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PersonCorrectIdNumberMutation, PersonCorrectIdNumberMutationVariables>;
export const RegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Regions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"level"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegionLevel"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"within"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"level"},"value":{"kind":"Variable","name":{"kind":"Name","value":"level"}}},{"kind":"Argument","name":{"kind":"Name","value":"parentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"parentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"within"},"value":{"kind":"Variable","name":{"kind":"Name","value":"within"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parentCode"}},{"kind":"Field","name":{"kind":"Name","value":"population"}},{"kind":"Field","name":{"kind":"Name","value":"demo"}}]}}]}}]}}]} as unknown as DocumentNode<RegionsQuery, RegionsQueryVariables>;
export const RegionTreeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionTree"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"code"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"code"},"value":{"kind":"Variable","name":{"kind":"Name","value":"code"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"parent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}},{"kind":"Field","name":{"kind":"Name","value":"ancestors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"level"}}]}}]}}]}}]} as unknown as DocumentNode<RegionTreeQuery, RegionTreeQueryVariables>;
export const NodeByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodeById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<NodeByIdQuery, NodeByIdQueryVariables>;
export const NodesByIdsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NodesByIds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Region"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]} as unknown as DocumentNode<NodesByIdsQuery, NodesByIdsQueryVariables>;
export const ViewerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"sub"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"organisationId"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}}]}}]}}]} as unknown as DocumentNode<ViewerQuery, ViewerQueryVariables>;
export const ApiKeysDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ApiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeys"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ApiKeysQuery, ApiKeysQueryVariables>;
export const ApiKeyCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"eventTypes"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyCreateMutation, ApiKeyCreateMutationVariables>;
export const ApiKeyRevokeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApiKeyRevoke"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApiKeyRevokeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKeyRevoke"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"apiKey"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<ApiKeyRevokeMutation, ApiKeyRevokeMutationVariables>;
export const AuditTrailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditTrail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditTrail"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"operation"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"actorSub"}},{"kind":"Field","name":{"kind":"Name","value":"actorRole"}},{"kind":"Field","name":{"kind":"Name","value":"changes"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<AuditTrailQuery, AuditTrailQueryVariables>;
export const EventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Events"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"events"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"subjectType"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"data"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}},{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}}]}}]}}]} as unknown as DocumentNode<EventsQuery, EventsQueryVariables>;
export const RegistryEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RegistryEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RegistryEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registryEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<RegistryEventsSubscription, RegistryEventsSubscriptionVariables>;
export const DeepRegionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DeepRegions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"children"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<DeepRegionsQuery, DeepRegionsQueryVariables>;
export const WebhookCreateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookCreate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookCreateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookCreate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookCreateMutation, WebhookCreateMutationVariables>;
export const WebhookEnableDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WebhookEnable"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookEnableInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookEnable"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<WebhookEnableMutation, WebhookEnableMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"consecutiveFailures"}},{"kind":"Field","name":{"kind":"Name","value":"disabledReason"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eventId"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatusCode"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const CreditListingsLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CreditListingsLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creditListings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CreditListingsLiveSubscription, CreditListingsLiveSubscriptionVariables>;
export const CertificateExpiryLiveDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"CertificateExpiryLive"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"leadDays"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"certificateExpiry"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"leadDays"},"value":{"kind":"Variable","name":{"kind":"Name","value":"leadDays"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"subjectId"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"data"}}]}}]}}]} as unknown as DocumentNode<CertificateExpiryLiveSubscription, CertificateExpiryLiveSubscriptionVariables>;
export const RatingRoundOpenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingRoundOpen"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingRoundOpenInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRoundOpen"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"round"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"openedOn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]} as unknown as DocumentNode<RatingRoundOpenMutation, RatingRoundOpenMutationVariables>;
export const RatingApplyDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingApply"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingApplyInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingApply"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingApplyMutation, RatingApplyMutationVariables>;
export const RatingScoreDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingScore"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingScoreInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingScore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingScoreMutation, RatingScoreMutationVariables>;
export const RatingPubliciseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingPublicise"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingPubliciseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingPublicise"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingPubliciseMutation, RatingPubliciseMutationVariables>;
export const RatingReviewRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingReviewRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingReviewRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingReviewRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingReviewRequestMutation, RatingReviewRequestMutationVariables>;
export const RatingReviewDecideDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingReviewDecide"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingReviewDecideInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingReviewDecide"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingReviewDecideMutation, RatingReviewDecideMutationVariables>;
export const RatingGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingGrantMutation, RatingGrantMutationVariables>;
export const RatingDowngradeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingDowngrade"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingDowngrade"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingDowngradeMutation, RatingDowngradeMutationVariables>;
export const RatingCancelDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RatingCancel"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingChangeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingCancel"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"userErrors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<RatingCancelMutation, RatingCancelMutationVariables>;
export const OrganisationRatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationRatings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"currentRating"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"ratings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RatingFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RatingFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"regime"}},{"kind":"Field","name":{"kind":"Name","value":"appliedOn"}},{"kind":"Field","name":{"kind":"Name","value":"proposedGrade"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"previousGrade"}},{"kind":"Field","name":{"kind":"Name","value":"publicityStart"}},{"kind":"Field","name":{"kind":"Name","value":"publicityEnd"}},{"kind":"Field","name":{"kind":"Name","value":"announcedOn"}},{"kind":"Field","name":{"kind":"Name","value":"validFrom"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"certificateNumber"}},{"kind":"Field","name":{"kind":"Name","value":"changedOn"}},{"kind":"Field","name":{"kind":"Name","value":"changeCause"}},{"kind":"Field","name":{"kind":"Name","value":"changeReason"}},{"kind":"Field","name":{"kind":"Name","value":"certificateReturnDue"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"basicConditions"}},{"kind":"Field","name":{"kind":"Name","value":"internalGovernance"}},{"kind":"Field","name":{"kind":"Name","value":"workPerformance"}},{"kind":"Field","name":{"kind":"Name","value":"socialEvaluation"}},{"kind":"Field","name":{"kind":"Name","value":"bonus"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"withheld5A"}}]}},{"kind":"Field","name":{"kind":"Name","value":"review"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestedOn"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"decisionDue"}},{"kind":"Field","name":{"kind":"Name","value":"decidedOn"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]} as unknown as DocumentNode<OrganisationRatingsQuery, OrganisationRatingsQueryVariables>;
export const RatingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Ratings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RatingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatingsQuery, RatingsQueryVariables>;
export const RatingRoundsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingRounds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingRounds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<RatingRoundsQuery, RatingRoundsQueryVariables>;
export const RatingStatsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingStats"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ratingStats"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"regionCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"regionCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"regionCode"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rated"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"ratedShare"}},{"kind":"Field","name":{"kind":"Name","value":"byGrade"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]}}]} as unknown as DocumentNode<RatingStatsQuery, RatingStatsQueryVariables>;
export const RatingNodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RatingNode"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Rating"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grade"}},{"kind":"Field","name":{"kind":"Name","value":"validUntil"}},{"kind":"Field","name":{"kind":"Name","value":"scores"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"total"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RatingNodeQuery, RatingNodeQueryVariables>;