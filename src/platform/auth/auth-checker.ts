/**
 * Authorization, declared in one place: `@Authorized(...roles)` on operations and fields,
 * checked here. Row-level scoping (which region, which organisation) is the job of
 * scope.ts, called by services when they build queries, never by ad-hoc `if`s in resolvers.
 */
import type { AuthChecker } from 'type-graphql';
import type { Context } from '../graphql/context.js';
import { errors } from '../graphql/errors.js';
import { Role } from './viewer.js';

export const authChecker: AuthChecker<Context, Role> = ({ context }, roles) => {
  const role = context.viewer.role;
  if (roles.length === 0) {
    if (role === Role.PUBLIC) throw errors.unauthenticated('请先登录 / please sign in');
    return true;
  }
  if (roles.includes(role)) return true;
  if (role === Role.PUBLIC) throw errors.unauthenticated('请先登录 / please sign in');
  throw errors.forbidden(`当前角色（${role}）无权执行此操作 / the ${role} role may not do this`);
};
