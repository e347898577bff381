/**
 * Verifies bearer tokens of the government identity provider with `jose`: an HS256 shared
 * secret, or the provider's public keys (JWKS URL or file). The claims become a Viewer.
 */
import fs from 'node:fs';
import { SignJWT, createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.js';
import { errors } from '../graphql/errors.js';
import { Role, type Viewer } from './viewer.js';

const TOKEN_ROLES = new Set<string>([Role.AUTHORITY, Role.SUPERVISOR, Role.COMMITTEE, Role.ORGANISATION, Role.VOLUNTEER]);
const REGION_RE = /^\d{6}(\d{3}(\d{3})?)?$/;

export type TokenVerifier = (token: string) => Promise<Viewer>;

function claimsToViewer(p: JWTPayload): Viewer {
  const role = String(p.role ?? '');
  if (!TOKEN_ROLES.has(role)) throw errors.unauthenticated(`令牌中的角色无效 / the token's role "${role}" is not recognised`);
  if (typeof p.sub !== 'string' || !p.sub) throw errors.unauthenticated('令牌缺少 sub / the token has no subject');
  const str = (k: string) => (typeof p[k] === 'string' && p[k] ? (p[k] as string) : undefined);
  const regionCode = str('regionCode');
  if (regionCode && !REGION_RE.test(regionCode)) throw errors.unauthenticated('令牌中的行政区划代码无效 / invalid regionCode claim');
  const v: Viewer = {
    role: role as Role,
    sub: p.sub,
    name: str('name'),
    regionCode,
    organisationId: str('organisationId'),
    committeeId: str('committeeId'),
    supervisoryUnitId: str('supervisoryUnitId'),
    personId: str('personId'),
    expiresAt: p.exp,
  };
  const need: Partial<Record<Role, keyof Viewer>> = {
    [Role.AUTHORITY]: 'regionCode',
    [Role.ORGANISATION]: 'organisationId',
    [Role.COMMITTEE]: 'committeeId',
    [Role.SUPERVISOR]: 'supervisoryUnitId',
  };
  const claim = need[v.role];
  if (claim && !v[claim]) throw errors.unauthenticated(`${v.role} 令牌缺少 ${claim} / a ${v.role} token needs the ${claim} claim`);
  return v;
}

/** Builds the verifier from configuration (secret and/or JWKS). */
export function createTokenVerifier(cfg: Config): TokenVerifier {
  const secret = cfg.jwtSecret ? new TextEncoder().encode(cfg.jwtSecret) : undefined;
  let jwks: JWTVerifyGetKey | undefined;
  if (cfg.jwksUrl) jwks = createRemoteJWKSet(new URL(cfg.jwksUrl));
  else if (cfg.jwksFile) jwks = createLocalJWKSet(JSON.parse(fs.readFileSync(cfg.jwksFile, 'utf8')));
  const opts = { issuer: cfg.jwtIssuer, audience: cfg.jwtAudience, clockTolerance: 30 };
  return async (token) => {
    try {
      const header = JSON.parse(Buffer.from(token.split('.')[0] ?? '', 'base64url').toString('utf8')) as { alg?: string };
      if (header.alg === 'HS256' && secret) return claimsToViewer((await jwtVerify(token, secret, { ...opts, algorithms: ['HS256'] })).payload);
      if (jwks) return claimsToViewer((await jwtVerify(token, jwks, { ...opts, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] })).payload);
    } catch (e) {
      if ((e as { extensions?: unknown }).extensions) throw e;
      const expired = (e as { code?: string }).code === 'ERR_JWT_EXPIRED';
      throw errors.unauthenticated(expired ? '令牌已过期 / the token has expired' : '令牌无效 / the token is invalid');
    }
    throw errors.unauthenticated('令牌算法不受支持 / the token\'s algorithm is not accepted');
  };
}

export interface TokenClaims {
  role: Role;
  sub: string;
  name?: string;
  regionCode?: string;
  organisationId?: string;
  committeeId?: string;
  supervisoryUnitId?: string;
  personId?: string;
}

/** Mints an HS256 token (development tokens, tests). */
export async function mintToken(secret: string, claims: TokenClaims, expiresIn: string | number = '12h', cfg?: Pick<Config, 'jwtIssuer' | 'jwtAudience'>): Promise<string> {
  const { sub, ...rest } = claims;
  let jwt = new SignJWT({ ...rest }).setProtectedHeader({ alg: 'HS256' }).setSubject(sub).setIssuedAt().setExpirationTime(expiresIn);
  if (cfg?.jwtIssuer) jwt = jwt.setIssuer(cfg.jwtIssuer);
  if (cfg?.jwtAudience) jwt = jwt.setAudience(cfg.jwtAudience);
  return jwt.sign(new TextEncoder().encode(secret));
}
