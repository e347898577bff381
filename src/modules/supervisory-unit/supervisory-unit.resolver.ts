import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { inTransaction } from '../../platform/graphql/context.js';
import { BusinessRuleError, withUserErrors } from '../../platform/graphql/errors.js';
import { uuidv7 } from '../../platform/graphql/relay.js';
import { Role } from '../../platform/auth/viewer.js';
import { assertJurisdiction, subtreeCondition } from '../../platform/auth/scope.js';
import { validateUsccFormat, normalizeUscc } from '../organisation/domain/uscc.js';
import { SupervisoryUnit } from './supervisory-unit.entity.js';
import { SupervisoryUnitCreateInput, SupervisoryUnitPayload, SupervisoryUnitType, type SupervisoryUnitRow } from './supervisory-unit.types.js';

@Resolver(() => SupervisoryUnitType)
export class SupervisoryUnitResolver {
  @Query(() => [SupervisoryUnitType], { description: '某区划（含下级）的业务主管单位 / the supervisory units of a region subtree, by name' })
  async supervisoryUnits(@Arg('regionCode') regionCode: string, @Ctx() ctx: Context): Promise<SupervisoryUnitType[]> {
    const params: unknown[] = [];
    const rows = await ctx.db.query<SupervisoryUnitRow>(
      `select id, name, region_code, uscc, contact_office from supervisory_unit where ${subtreeCondition('region_code', regionCode, params)} order by name limit 500`,
      params,
    );
    return rows.map(SupervisoryUnitType.fromRow);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => SupervisoryUnitPayload, { description: '登记业务主管单位 / record a supervisory unit' })
  supervisoryUnitCreate(@Arg('input') input: SupervisoryUnitCreateInput, @Ctx() ctx: Context): Promise<SupervisoryUnitPayload> {
    return withUserErrors(() => new SupervisoryUnitPayload(), async () => {
      assertJurisdiction(ctx.viewer, input.regionCode);
      const name = input.name.trim();
      const problems = [];
      if (Array.from(name).length < 2) problems.push({ code: 'NAME_TOO_SHORT', field: 'input.name', message: '名称过短 / the name is too short' });
      const code = input.code ? normalizeUscc(input.code) : null;
      if (code) problems.push(...validateUsccFormat(code, 'input.code'));
      if (problems.length) throw new BusinessRuleError(problems);
      return inTransaction(ctx, async (uow) => {
        if (code && (await uow.em.findOne(SupervisoryUnit, { uscc: code })))
          throw new BusinessRuleError([{ code: 'USCC_ALREADY_USED', field: 'input.code', message: '该统一社会信用代码已被使用 / this credit code is already taken' }]);
        const unit = uow.em.create(SupervisoryUnit, { id: uuidv7(), name, regionCode: input.regionCode, uscc: code, contactOffice: input.contactOffice ?? null, createdAt: uow.now, version: 1 });
        uow.audit({ operation: 'supervisoryUnitCreate', entityType: 'SupervisoryUnit', entityId: unit.id, regionCode: unit.regionCode, after: { name, regionCode: unit.regionCode, uscc: code } });
        uow.emit({ type: 'SupervisoryUnitCreated', entityType: 'SupervisoryUnit', entityId: unit.id, regionCode: unit.regionCode, payload: { supervisoryUnitId: unit.id, name } });
        return { supervisoryUnit: SupervisoryUnitType.fromRow({ id: unit.id, name, region_code: unit.regionCode, uscc: code, contact_office: unit.contactOffice ?? null }) };
      });
    });
  }
}
