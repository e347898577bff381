import DataLoader from 'dataloader';
import type { Context } from '../../platform/graphql/context.js';
import { isUuid } from '../../platform/graphql/relay.js';
import type { Person, PersonRow } from './person.types.js';
import { presentPerson } from './person.access.js';

/** The columns of a {@link PersonRow}. */
export const PERSON_COLUMNS = 'id, name, region_code, birth_date, sex, id_number_cipher, phone_cipher, address_cipher, version, created_at';


/**
 * People by local id (uuid) as plain rows, one SQL statement per batch. For other modules
 * (legal representatives, committee members, volunteers): the rows carry personal data only
 * encrypted; show them to a caller through {@link personsByIds} (or `presentPerson`), which
 * masks what the caller is not entitled to. No access check here: the parent record's
 * visibility governs.
 */
export function personRefsByIds(ctx: Context): DataLoader<string, PersonRow | null> {
  return ctx.loader('person.refsByIds', () =>
    new DataLoader<string, PersonRow | null>(async (ids) => {
      // A malformed id (from a forged global id) names no one; keep it out of the uuid cast.
      const valid = ids.filter((id) => isUuid(id));
      const rows = valid.length ? await ctx.db.query<PersonRow>(`select ${PERSON_COLUMNS} from person where id = any($1::uuid[])`, [valid], { prepare: true }) : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
  );
}

/**
 * People by local id, presented to the caller: full personal data when entitled, masked
 * otherwise. For relation fields (`Organisation.legalRepresentative` …).
 */
export function personsByIds(ctx: Context): DataLoader<string, Person | null> {
  return ctx.loader('person.byIds', () =>
    new DataLoader<string, Person | null>(async (ids) => {
      const rows = await personRefsByIds(ctx).loadMany(ids);
      return rows.map((r) => (r && !(r instanceof Error) ? presentPerson(ctx, r) : null));
    }),
  );
}
