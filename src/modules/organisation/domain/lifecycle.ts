/**
 * The organisation lifecycle (R-ORG-6) as a finite state machine: the only way a status changes.
 *
 * (social groups: PREPARING →) REGISTERED ⇄ SUSPENDED → DEREGISTERED | REVOKED.
 * A preparation that runs out of time ends in PREPARATION_LAPSED. Ended statuses are terminal:
 * the organisation stays readable with its history and its code is never reused.
 *
 * Decision: AMEND (变更登记) is allowed while SUSPENDED and keeps the status. Suspension
 * (限期停止活动) stops activities, not registration duties, and rectifying often means changing
 * the legal representative, domicile or charter — which is itself an amendment.
 */
import type { OrganisationType } from './organisation-rules.js';

export const ORGANISATION_STATUSES = ['PREPARING', 'PREPARATION_LAPSED', 'REGISTERED', 'SUSPENDED', 'DEREGISTERED', 'REVOKED'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];

export const ORGANISATION_ACTIONS = ['PREPARE', 'LAPSE', 'REGISTER', 'AMEND', 'SUSPEND', 'RESUME', 'DEREGISTER', 'REVOKE'] as const;
export type OrganisationAction = (typeof ORGANISATION_ACTIONS)[number];

/** Chinese status labels, for screens, messages and certificates. */
export const ORGANISATION_STATUS_LABELS: Readonly<Record<OrganisationStatus, string>> = {
  PREPARING: '筹备中',
  PREPARATION_LAPSED: '筹备失效',
  REGISTERED: '正常',
  SUSPENDED: '限期停止活动',
  DEREGISTERED: '已注销',
  REVOKED: '已撤销',
};

/** English status phrases for messages ("the organisation is …"). */
const STATUS_EN: Readonly<Record<OrganisationStatus, string>> = {
  PREPARING: 'still in preparation',
  PREPARATION_LAPSED: 'one whose preparation lapsed',
  REGISTERED: 'registered',
  SUSPENDED: 'suspended',
  DEREGISTERED: 'deregistered',
  REVOKED: 'revoked',
};

/** Chinese action labels (the procedure's name). */
export const ORGANISATION_ACTION_LABELS: Readonly<Record<OrganisationAction, string>> = {
  PREPARE: '筹备',
  LAPSE: '筹备期满失效',
  REGISTER: '成立登记',
  AMEND: '变更登记',
  SUSPEND: '责令限期停止活动',
  RESUME: '恢复活动',
  DEREGISTER: '注销登记',
  REVOKE: '撤销登记',
};

/** English for "cannot …". */
const ACTION_EN: Readonly<Record<OrganisationAction, string>> = {
  PREPARE: 'start preparation',
  LAPSE: 'have its preparation lapse',
  REGISTER: 'be registered',
  AMEND: 'be amended',
  SUSPEND: 'be suspended',
  RESUME: 'resume activities',
  DEREGISTER: 'be deregistered',
  REVOKE: 'be revoked',
};

/** Statuses that end an organisation's life: no action leaves them. */
export const ENDED_STATUSES: ReadonlySet<OrganisationStatus> = new Set(['PREPARATION_LAPSED', 'DEREGISTERED', 'REVOKED']);

/** The legal moves: from status (null = not yet in the registry) and action to the new status. */
const MOVES: ReadonlyMap<OrganisationStatus | null, Partial<Record<OrganisationAction, OrganisationStatus>>> = new Map<
  OrganisationStatus | null,
  Partial<Record<OrganisationAction, OrganisationStatus>>
>([
  [null, { PREPARE: 'PREPARING', REGISTER: 'REGISTERED' }],
  ['PREPARING', { REGISTER: 'REGISTERED', LAPSE: 'PREPARATION_LAPSED' }],
  ['REGISTERED', { AMEND: 'REGISTERED', SUSPEND: 'SUSPENDED', DEREGISTER: 'DEREGISTERED', REVOKE: 'REVOKED' }],
  ['SUSPENDED', { AMEND: 'SUSPENDED', RESUME: 'REGISTERED', DEREGISTER: 'DEREGISTERED', REVOKE: 'REVOKED' }],
]);

/** The outcome of {@link transition}. */
export type TransitionResult =
  | { readonly ok: true; readonly to: OrganisationStatus }
  | { readonly ok: false; readonly code: 'ILLEGAL_TRANSITION'; readonly field: 'status'; readonly message: string };

function refuse(zh: string, en: string): TransitionResult {
  return { ok: false, code: 'ILLEGAL_TRANSITION', field: 'status', message: `${zh} / ${en}` };
}

/**
 * Whether `action` is legal for an organisation of `orgType` in `status` (null when it is not
 * yet in the registry), and the status it leads to. Only social groups prepare (筹备): they
 * must PREPARE before they REGISTER; the other types REGISTER directly.
 */
export function transition(status: OrganisationStatus | null, action: OrganisationAction, orgType: OrganisationType): TransitionResult {
  const preparesFirst = orgType === 'SOCIAL_GROUP';
  if (status === null && action === 'PREPARE' && !preparesFirst)
    return refuse('只有社会团体需要办理筹备，该类型组织应直接申请成立登记', 'only social groups go through preparation; this type registers directly');
  if (status === null && action === 'REGISTER' && preparesFirst)
    return refuse('社会团体须经批准筹备后才能申请成立登记', 'a social group must be approved for preparation before it registers');
  const to = MOVES.get(status)?.[action];
  if (to) return { ok: true, to };
  if (status === null)
    return refuse(`该组织尚未登记，不能办理${ORGANISATION_ACTION_LABELS[action]}`, `the organisation is not yet registered and cannot ${ACTION_EN[action]}`);
  return refuse(
    `该组织当前状态为“${ORGANISATION_STATUS_LABELS[status]}”，不能办理${ORGANISATION_ACTION_LABELS[action]}`,
    `the organisation is ${STATUS_EN[status]} and cannot ${ACTION_EN[action]}`,
  );
}

/** The actions legal now, for showing a clerk only the buttons that work. */
export function allowedActions(status: OrganisationStatus | null, orgType: OrganisationType): OrganisationAction[] {
  return ORGANISATION_ACTIONS.filter((a) => transition(status, a, orgType).ok);
}

/** True for statuses that end the organisation (terminal). */
export function isEnded(status: OrganisationStatus): boolean {
  return ENDED_STATUSES.has(status);
}
