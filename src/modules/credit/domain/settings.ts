/**
 * Credit-list settings. The 6-month automatic removal from the abnormal list is an [unsure]
 * rule (R-CREDIT-3): it is a setting so an authority can correct it — or switch it off with
 * null — without a code change.
 */
import { defineSetting } from '../../../platform/settings/definition.js';

/** R-CREDIT-3: months after which an abnormal listing with nothing to rectify ends by itself. */
export const abnormalAutomaticRemovalMonthsSetting = defineSetting<number | null>({
  key: 'credit.abnormalAutomaticRemovalMonths',
  rules: ['R-CREDIT-3'],
  description:
    '无需整改的活动异常名录（如受到警告或小额罚款）自列入之日起满多少个月后自动移出，默认6个月；为空则不自动移出 / months after which an abnormal listing with nothing to rectify (e.g. a warning or a small fine) is removed automatically, 6 by default; empty for no automatic removal',
  nationalDefault: 6,
  validate: (value) => {
    if (value === null) return null;
    if (!Number.isInteger(value) || (value as number) < 1 || (value as number) > 60)
      throw new Error('自动移出月数须为 1 到 60 之间的整数或为空 / the months must be a whole number from 1 to 60, or empty');
    return value as number;
  },
});
