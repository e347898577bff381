/**
 * Turns request credentials into a Viewer: `Authorization: Bearer <jwt>`,
 * `Authorization: ApiKey <key>` or `x-api-key: <key>`; nothing means PUBLIC.
 * A credential that is present but wrong is refused (never silently downgraded to PUBLIC).
 */
import type { TokenVerifier } from './jwt.js';
import type { ApiKeyVerifier } from './api-keys.js';
import { PUBLIC_VIEWER, type Viewer } from './viewer.js';
import { errors } from '../graphql/errors.js';

export interface Credentials {
  authorization?: string | null;
  apiKey?: string | null;
}

export type Authenticator = (c: Credentials) => Promise<Viewer>;

export function createAuthenticator(verifyToken: TokenVerifier, verifyKey: ApiKeyVerifier): Authenticator {
  return async ({ authorization, apiKey }) => {
    if (apiKey) return verifyKey(apiKey);
    if (!authorization) return PUBLIC_VIEWER;
    const [scheme, value] = authorization.trim().split(/\s+/, 2);
    if (!value) throw errors.unauthenticated('Authorization 头格式无效 / malformed Authorization header');
    if (/^bearer$/i.test(scheme!)) return verifyToken(value);
    if (/^apikey$/i.test(scheme!)) return verifyKey(value);
    throw errors.unauthenticated(`不支持的认证方式 ${scheme} / unsupported authorization scheme ${scheme}`);
  };
}
