/**
 * `npm run token -- --role AUTHORITY --region 310114 [--organisation ID] [--committee ID]
 *  [--supervisory-unit ID] [--person ID] [--name N] [--sub S] [--expires 12h]`
 * mints a development token with JWT_SECRET (or the development secret); the token alone is
 * on the last line.
 */
import { parseArgs } from 'node:util';
import { loadConfig } from '../platform/config.js';
import { mintToken } from '../platform/auth/jwt.js';
import { Role } from '../platform/auth/viewer.js';

const { values } = parseArgs({
  options: {
    role: { type: 'string' },
    region: { type: 'string' },
    organisation: { type: 'string' },
    committee: { type: 'string' },
    'supervisory-unit': { type: 'string' },
    person: { type: 'string' },
    name: { type: 'string' },
    sub: { type: 'string' },
    expires: { type: 'string', default: '12h' },
  },
});

const role = (values.role ?? '').toUpperCase() as Role;
const roles = [Role.AUTHORITY, Role.SUPERVISOR, Role.COMMITTEE, Role.ORGANISATION, Role.VOLUNTEER];
if (!roles.includes(role)) {
  console.error(`--role must be one of ${roles.join(', ')} (PARTNER uses API keys: mutation apiKeyCreate)`);
  process.exit(2);
}
const cfg = loadConfig();
if (!cfg.jwtSecret) {
  console.error('JWT_SECRET is not set');
  process.exit(2);
}
const token = await mintToken(
  cfg.jwtSecret,
  {
    role,
    sub: values.sub ?? `dev-${role.toLowerCase()}-${values.region ?? 'x'}`,
    name: values.name,
    regionCode: values.region,
    organisationId: values.organisation,
    committeeId: values.committee,
    supervisoryUnitId: values['supervisory-unit'],
    personId: values.person,
  },
  values.expires,
  cfg,
);
console.error(`${role} token${values.region ? ` for region ${values.region}` : ''}, valid ${values.expires}:`);
console.log(token);
