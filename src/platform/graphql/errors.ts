/**
 * The one place where failures get their codes.
 *
 * - Business failures a clerk can fix (a wrong check character, an illegal transition) are
 *   `Problem`s: services throw {@link BusinessRuleError}, mutations return them as
 *   `userErrors { field code message }` in the payload.
 * - Authentication, authorization, missing records, stale versions, bad input shapes and
 *   internal failures are GraphQL errors with a stable `extensions.code`.
 *
 * Every message is written for a clerk: Chinese first, then English.
 */
import { GraphQLError } from 'graphql';
import { Field, ObjectType } from 'type-graphql';

export const ErrorCode = {
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  RATE_LIMITED: 'RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** A business-rule problem: stable code, the input field it concerns, a bilingual message. */
export interface Problem {
  code: string;
  field?: string;
  message: string;
}

/** One business failure in a mutation payload (Shopify's userErrors). */
@ObjectType({ description: '业务错误 / a business-rule failure the user can correct' })
export class UserError {
  @Field(() => String, { nullable: true, description: '出错的输入字段（路径） / the input field at fault, as a dotted path' })
  field?: string | null;

  @Field({ description: '稳定的错误代码 / stable machine-readable code' })
  code!: string;

  @Field({ description: '错误说明（中文 / English） / message for the clerk, Chinese first' })
  message!: string;

  static of(p: Problem): UserError {
    return Object.assign(new UserError(), { field: p.field ?? null, code: p.code, message: p.message });
  }
}

/** Thrown by services when business rules refuse an action; becomes `userErrors`. */
export class BusinessRuleError extends Error {
  constructor(readonly problems: Problem[]) {
    super(problems.map((p) => p.message).join('; '));
    this.name = 'BusinessRuleError';
  }
}

/** Builds a GraphQL error with a stable code. */
export function appError(code: ErrorCode, message: string, extra: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extra } });
}

export const errors = {
  unauthenticated: (why = '身份凭证无效或已过期 / the credentials are missing, invalid or expired') =>
    appError(ErrorCode.UNAUTHENTICATED, why),
  forbidden: (what = '无权执行此操作 / you are not allowed to do this') => appError(ErrorCode.FORBIDDEN, what),
  notFound: (entity: string, id: string) =>
    appError(ErrorCode.NOT_FOUND, `未找到该${entity} / ${entity} not found: ${id}`, { entity, id }),
  conflict: (message = '记录已被他人修改，请刷新后重试 / the record was changed by someone else; reload and try again', extra = {}) =>
    appError(ErrorCode.CONFLICT, message, extra),
  badInput: (message: string, field?: string) => appError(ErrorCode.BAD_USER_INPUT, message, field ? { field } : {}),
  rateLimited: (message = '请求过于频繁，请稍后再试 / too many requests; try again later') => appError(ErrorCode.RATE_LIMITED, message),
};

/** Payload base: every mutation payload carries userErrors. */
@ObjectType()
export abstract class Payload {
  @Field(() => [UserError], { description: '业务错误；为空表示成功 / business failures; empty on success' })
  userErrors: UserError[] = [];
}

/**
 * Runs a mutation body and turns BusinessRuleErrors into payload userErrors.
 * Anything else (GraphQL errors, bugs) propagates and is coded by the error formatter.
 */
export async function withUserErrors<P extends Payload>(make: () => P, body: () => Promise<Partial<P>>): Promise<P> {
  const payload = make();
  try {
    Object.assign(payload, await body());
  } catch (e) {
    if (e instanceof BusinessRuleError) payload.userErrors = e.problems.map(UserError.of);
    else throw e;
  }
  return payload;
}
