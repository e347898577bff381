/**
 * Reasons for the two credit lists of 《社会组织信用信息管理办法》 (民政部令第60号, 2018): the
 * abnormal activities list (活动异常名录, R-CREDIT-1) and the serious illegal and dishonest list
 * (严重违法失信名单, R-CREDIT-2), as data with their legal basis.
 *
 * The legal basis names the measure and paraphrases the item; article numbers are left out on
 * purpose because the final text was not re-read here [recalled] — add them once checked.
 */
import type { IsoDate } from '../../../platform/time/calendar.js';

export type CreditList = 'ABNORMAL' | 'SERIOUS';

export const ABNORMAL_REASONS = [
  'ANNUAL_FILING_LATE',
  'NO_PARTY_ORGANISATION',
  'RECTIFICATION_NOT_DONE',
  'WARNING_OR_SMALL_FINE',
  'UNREACHABLE_AT_DOMICILE',
  'FUNDRAISING_CHARITY_DISQUALIFIED',
] as const;
export type AbnormalReason = (typeof ABNORMAL_REASONS)[number];

export const SERIOUS_REASONS = [
  'ABNORMAL_TWO_YEARS',
  'AMENDMENT_REVOKED_FOR_FRAUD',
  'SUSPENSION_PENALTY',
  'LARGE_FINE',
  'REPEATED_MINOR_PENALTIES',
  'DISHONEST_JUDGMENT_DEBTOR',
  'REGISTRATION_REVOKED',
] as const;
export type SeriousReason = (typeof SERIOUS_REASONS)[number];

export type CreditReason = AbnormalReason | SeriousReason;

/** One reason as data. */
export interface ReasonInfo {
  readonly list: CreditList;
  /** What the clerk sees: Chinese / English. */
  readonly label: string;
  readonly legalBasis: string;
  /**
   * Abnormal list only: whether leaving the list needs a verified rectification (or the missed
   * obligation done). A reason without one leaves automatically after the waiting period.
   */
  readonly requiresRectification: boolean;
}

const MEASURE = '《社会组织信用信息管理办法》（民政部令第60号）';

export const CREDIT_REASONS: Readonly<Record<CreditReason, ReasonInfo>> = {
  ANNUAL_FILING_LATE: { list: 'ABNORMAL', label: '未按照规定时限和要求报送年度工作报告 / annual filing late or not as required', legalBasis: `${MEASURE}：未按照规定时限和要求向登记管理机关报送年度工作报告的，列入活动异常名录`, requiresRectification: true },
  NO_PARTY_ORGANISATION: { list: 'ABNORMAL', label: '未按照有关规定设立党组织 / no Party organisation where one is required', legalBasis: `${MEASURE}：未按照有关规定设立党组织的，列入活动异常名录`, requiresRectification: true },
  RECTIFICATION_NOT_DONE: { list: 'ABNORMAL', label: '未按期完成整改 / ordered rectification not done in time', legalBasis: `${MEASURE}：登记管理机关发放整改文书要求限期整改，社会组织未按期完成整改的，列入活动异常名录`, requiresRectification: true },
  WARNING_OR_SMALL_FINE: { list: 'ABNORMAL', label: '受到警告或者不满5万元罚款处罚 / a warning or a fine under 50,000 yuan', legalBasis: `${MEASURE}：受到警告或者不满5万元罚款处罚的，列入活动异常名录`, requiresRectification: false },
  UNREACHABLE_AT_DOMICILE: { list: 'ABNORMAL', label: '通过登记的住所无法取得联系 / unreachable at the registered domicile', legalBasis: `${MEASURE}：通过登记的住所无法与社会组织取得联系的，列入活动异常名录`, requiresRectification: true },
  // [unsure] whether this one is "rectified" or simply waits: kept as rectification so that an
  // organisation still out of compliance never leaves the list by the clock alone.
  FUNDRAISING_CHARITY_DISQUALIFIED: { list: 'ABNORMAL', label: '具有公开募捐资格的慈善组织不再符合条件 / a public-fundraising charity no longer qualifies', legalBasis: `${MEASURE}：具有公开募捐资格的慈善组织存在《慈善组织公开募捐管理办法》规定情形的，列入活动异常名录`, requiresRectification: true },
  ABNORMAL_TWO_YEARS: { list: 'SERIOUS', label: '被列入活动异常名录满2年 / two full years on the abnormal activities list', legalBasis: `${MEASURE}：被列入活动异常名录满2年的，列入严重违法失信名单`, requiresRectification: false },
  AMENDMENT_REVOKED_FOR_FRAUD: { list: 'SERIOUS', label: '弄虚作假办理变更登记被撤销变更登记 / an amendment obtained by fraud was revoked', legalBasis: `${MEASURE}：弄虚作假办理变更登记，被撤销变更登记的，列入严重违法失信名单`, requiresRectification: false },
  SUSPENSION_PENALTY: { list: 'SERIOUS', label: '受到限期停止活动行政处罚 / penalised by suspension of activities', legalBasis: `${MEASURE}：受到限期停止活动行政处罚的，列入严重违法失信名单`, requiresRectification: false },
  LARGE_FINE: { list: 'SERIOUS', label: '受到5万元以上罚款处罚 / a fine of 50,000 yuan or more', legalBasis: `${MEASURE}：受到5万元以上罚款处罚的，列入严重违法失信名单`, requiresRectification: false },
  REPEATED_MINOR_PENALTIES: { list: 'SERIOUS', label: '三年内两次以上受到警告或者不满5万元罚款处罚 / two or more warnings or small fines within three years', legalBasis: `${MEASURE}：三年内两次以上受到警告或者不满5万元罚款处罚的，列入严重违法失信名单`, requiresRectification: false },
  DISHONEST_JUDGMENT_DEBTOR: { list: 'SERIOUS', label: '被纳入失信被执行人名单 / listed as a dishonest judgment debtor', legalBasis: `${MEASURE}：被司法机关纳入“失信被执行人”名单的，列入严重违法失信名单`, requiresRectification: false },
  REGISTRATION_REVOKED: { list: 'SERIOUS', label: '被撤销登记或吊销登记证书 / registration revoked', legalBasis: `${MEASURE}：被登记管理机关作出吊销登记证书、撤销成立登记决定的，列入严重违法失信名单`, requiresRectification: false },
};

/** What a listing records (R-CREDIT-1): reason, legal basis, date and deciding authority. */
export interface ListingRecord {
  readonly list: CreditList;
  readonly reasons: readonly CreditReason[];
  readonly legalBasis: readonly string[];
  readonly listedOn: IsoDate;
  /** Division code of the deciding registration authority. */
  readonly decidedBy: string;
}

/**
 * Builds the record of a listing decision with the legal basis of every reason. Throws when a
 * reason belongs to the other list, which is a programming error.
 */
export function listingRecord(list: CreditList, reasons: readonly CreditReason[], listedOn: IsoDate, decidedBy: string): ListingRecord {
  for (const r of reasons) if (CREDIT_REASONS[r].list !== list) throw new RangeError(`reason ${r} belongs to the ${CREDIT_REASONS[r].list} list, not ${list}`);
  return { list, reasons, legalBasis: reasons.map((r) => CREDIT_REASONS[r].legalBasis), listedOn, decidedBy };
}
