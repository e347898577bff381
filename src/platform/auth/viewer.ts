/**
 * Who is asking. Every request has a Viewer: an authenticated role from a bearer JWT of the
 * government identity provider, a partner API key, or the anonymous PUBLIC.
 */
import { registerEnumType } from 'type-graphql';

export enum Role {
  AUTHORITY = 'AUTHORITY',
  SUPERVISOR = 'SUPERVISOR',
  COMMITTEE = 'COMMITTEE',
  ORGANISATION = 'ORGANISATION',
  VOLUNTEER = 'VOLUNTEER',
  PARTNER = 'PARTNER',
  PUBLIC = 'PUBLIC',
}

registerEnumType(Role, {
  name: 'Role',
  description: '角色 / the caller\'s role',
  valuesConfig: {
    AUTHORITY: { description: '登记管理机关（民政部门） / registration authority: manages everything in its region subtree' },
    SUPERVISOR: { description: '业务主管单位 / business supervisory unit: reads and pre-reviews its own organisations' },
    COMMITTEE: { description: '居（村）民委员会工作人员 / a committee\'s staff: its own committee only' },
    ORGANISATION: { description: '社会组织工作人员 / an organisation\'s staff: its own records and filings' },
    VOLUNTEER: { description: '个人（志愿者等） / a person: their own records' },
    PARTNER: { description: '合作应用（API 密钥） / a partner app with an API key' },
    PUBLIC: { description: '公众（匿名） / the anonymous public: public registry facts only' },
  },
});

export interface Viewer {
  role: Role;
  /** Subject: the user's id at the identity provider, or `apikey:<id>`, or `anonymous`. */
  sub: string;
  name?: string;
  /** The region (subtree) the caller acts for; absent for PUBLIC. */
  regionCode?: string;
  organisationId?: string;
  committeeId?: string;
  supervisoryUnitId?: string;
  /** The person the caller is (VOLUNTEER). */
  personId?: string;
  /** Partner keys: the event types they may receive; empty = all. */
  eventTypes?: string[];
  apiKeyId?: string;
  /** Token expiry (epoch seconds), to cut subscriptions off when it passes. */
  expiresAt?: number;
}

export const PUBLIC_VIEWER: Viewer = Object.freeze({ role: Role.PUBLIC, sub: 'anonymous' }) as Viewer;
