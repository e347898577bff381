/**
 * The annual filing's lifecycle as a finite state machine (R-INSP-2 steps, R-INSP-5 events):
 *
 *   DRAFT → SUBMITTED → SUPERVISOR_APPROVED → CONCLUDED
 *              ↓  ↑            ↓
 *           RETURNED ←─────────┘
 *
 * Directly registered organisations have no supervisory unit: SUBMITTED goes straight to
 * CONCLUDED. Either reviewer may return the filing to the organisation for correction; a
 * resubmission starts the review again from the first step, because the corrected content has
 * not been seen by the supervisory unit.
 */

export const FILING_STATUSES = ['DRAFT', 'SUBMITTED', 'SUPERVISOR_APPROVED', 'RETURNED', 'CONCLUDED'] as const;
export type FilingStatus = (typeof FILING_STATUSES)[number];

export const FILING_ACTIONS = ['SUBMIT', 'SUPERVISOR_APPROVE', 'RETURN', 'CONCLUDE'] as const;
export type FilingAction = (typeof FILING_ACTIONS)[number];

/** Who performs an action (for authorization in the service). */
export type FilingActor = 'ORGANISATION' | 'SUPERVISORY_UNIT' | 'AUTHORITY';

export const FILING_STATUS_LABELS: Readonly<Record<FilingStatus, string>> = {
  DRAFT: '草稿',
  SUBMITTED: '已提交',
  SUPERVISOR_APPROVED: '业务主管单位已初审',
  RETURNED: '已退回',
  CONCLUDED: '已办结',
};

const STATUS_EN: Readonly<Record<FilingStatus, string>> = {
  DRAFT: 'a draft',
  SUBMITTED: 'submitted',
  SUPERVISOR_APPROVED: 'approved by the supervisory unit',
  RETURNED: 'returned to the organisation',
  CONCLUDED: 'concluded',
};

const ACTION_LABELS: Readonly<Record<FilingAction, [string, string]>> = {
  SUBMIT: ['提交', 'be submitted'],
  SUPERVISOR_APPROVE: ['业务主管单位初审', 'be approved by the supervisory unit'],
  RETURN: ['退回', 'be returned'],
  CONCLUDE: ['作出结论', 'be concluded'],
};

/** The filer as the state machine needs it. */
export interface FilingContext {
  readonly directlyRegistered: boolean;
}

export type FilingTransitionResult =
  | { readonly ok: true; readonly to: FilingStatus; readonly actor: FilingActor }
  | { readonly ok: false; readonly code: 'ILLEGAL_TRANSITION'; readonly field: 'status'; readonly message: string };

/** The legal move, its target and actor, or undefined. */
function move(status: FilingStatus, action: FilingAction, direct: boolean): { to: FilingStatus; actor: FilingActor } | undefined {
  const firstReviewer: FilingActor = direct ? 'AUTHORITY' : 'SUPERVISORY_UNIT';
  switch (`${status}:${action}`) {
    case 'DRAFT:SUBMIT':
    case 'RETURNED:SUBMIT':
      return { to: 'SUBMITTED', actor: 'ORGANISATION' };
    case 'SUBMITTED:SUPERVISOR_APPROVE':
      return direct ? undefined : { to: 'SUPERVISOR_APPROVED', actor: 'SUPERVISORY_UNIT' };
    case 'SUBMITTED:RETURN':
      return { to: 'RETURNED', actor: firstReviewer };
    case 'SUBMITTED:CONCLUDE':
      return direct ? { to: 'CONCLUDED', actor: 'AUTHORITY' } : undefined;
    case 'SUPERVISOR_APPROVED:RETURN':
      return { to: 'RETURNED', actor: 'AUTHORITY' };
    case 'SUPERVISOR_APPROVED:CONCLUDE':
      return { to: 'CONCLUDED', actor: 'AUTHORITY' };
    default:
      return undefined;
  }
}

/**
 * Whether `action` is legal for a filing in `status`, the status it leads to and who performs
 * it. The refusal names the current status; for a directly registered organisation it also says
 * why the supervisor step does not exist.
 */
export function filingTransition(status: FilingStatus, action: FilingAction, ctx: FilingContext): FilingTransitionResult {
  const m = move(status, action, ctx.directlyRegistered);
  if (m) return { ok: true, ...m };
  const [actionZh, actionEn] = ACTION_LABELS[action];
  const zh =
    action === 'SUPERVISOR_APPROVE' && ctx.directlyRegistered
      ? '该组织为直接登记，没有业务主管单位初审环节'
      : `该年检（年报）当前状态为“${FILING_STATUS_LABELS[status]}”，不能${actionZh}`;
  const en =
    action === 'SUPERVISOR_APPROVE' && ctx.directlyRegistered
      ? 'the organisation registered directly and has no supervisory review step'
      : `the filing is ${STATUS_EN[status]} and cannot ${actionEn}`;
  return { ok: false, code: 'ILLEGAL_TRANSITION', field: 'status', message: `${zh} / ${en}` };
}

/** The actions legal now. */
export function allowedFilingActions(status: FilingStatus, ctx: FilingContext): FilingAction[] {
  return FILING_ACTIONS.filter((a) => move(status, a, ctx.directlyRegistered) !== undefined);
}
