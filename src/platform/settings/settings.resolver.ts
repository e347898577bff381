/**
 * Jurisdiction settings over GraphQL: every LOCAL rule with the value in force for a region
 * on a day (and where it comes from), and `jurisdictionSettingSet` for an AUTHORITY to set
 * its own value from an effective date. Values are never edited in place: a new value is a
 * new row, so the rule in force on any past day stays answerable.
 */
import { Arg, Authorized, Ctx, Field, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import type { Context } from '../graphql/context.js';
import { inTransaction } from '../graphql/context.js';
import { BusinessRuleError, Payload, withUserErrors } from '../graphql/errors.js';
import { uuidv7 } from '../graphql/relay.js';
import { DateScalar, isCalendarDate } from '../graphql/scalars.js';
import { Role } from '../auth/viewer.js';
import { assertJurisdiction } from '../auth/scope.js';
import { dateInZone } from '../time/calendar.js';
import { allSettings, findSetting, nationalDefaultOn } from './definition.js';
import { JurisdictionSetting } from './setting.entity.js';
import { SETTINGS_SERVICE, type SettingsService } from './settings.service.js';

@ObjectType({ description: '地方性规则设置（在某日对某区划生效的值） / a LOCAL rule\'s value in force for a region on a day' })
export class JurisdictionSettingValue {
  @Field({ description: '设置键 / setting key' })
  key!: string;
  @Field(() => [String], { description: '对应的规则编号 / the rule IDs it parameterises' })
  rules!: string[];
  @Field({ description: '说明 / what it means' })
  description!: string;
  @Field(() => GraphQLJSON, { description: '生效值 / the value in force' })
  value!: unknown;
  @Field(() => GraphQLJSON, { description: '全国默认值（当日） / the national default that day' })
  nationalDefault!: unknown;
  @Field(() => String, { nullable: true, description: '设定该值的区划；空表示全国默认 / the region that set it; null = national default' })
  sourceRegionCode!: string | null;
  @Field(() => DateScalar, { nullable: true, description: '生效日期 / in force from' })
  effectiveFrom!: string | null;
  @Field(() => String, { nullable: true, description: '依据（文号） / the decision it rests on' })
  basis!: string | null;
}

@InputType({ description: '设定地方性规则 / set a LOCAL rule for your jurisdiction' })
class JurisdictionSettingSetInput {
  @Field({ description: '区划代码（须在辖区内） / region, within your jurisdiction' })
  regionCode!: string;
  @Field({ description: '设置键 / setting key' })
  key!: string;
  @Field(() => GraphQLJSON, { description: '值 / value' })
  value!: unknown;
  @Field(() => DateScalar, { description: '生效日期 / in force from' })
  effectiveFrom!: string;
  @Field(() => String, { nullable: true, description: '依据（文号） / the decision it rests on' })
  basis?: string | null;
}

@ObjectType()
class JurisdictionSettingSetPayload extends Payload {
  @Field(() => JurisdictionSettingValue, { nullable: true })
  setting?: JurisdictionSettingValue | null;
}

async function describe(ctx: Context, key: string, regionCode: string, date: string): Promise<JurisdictionSettingValue> {
  const def = findSetting(key)!;
  const r = await ctx.app.get<SettingsService>(SETTINGS_SERVICE).resolve(def, regionCode, date);
  return Object.assign(new JurisdictionSettingValue(), {
    key: def.key, rules: [...def.rules], description: def.description, value: r.value, nationalDefault: nationalDefaultOn(def, date),
    sourceRegionCode: r.regionCode, effectiveFrom: r.effectiveFrom, basis: r.basis,
  });
}

@Resolver()
export class SettingsResolver {
  @Query(() => [JurisdictionSettingValue], { description: '某区划在某日生效的全部地方性规则 / every LOCAL rule in force for a region on a day (default: today)' })
  async jurisdictionSettings(
    @Arg('regionCode') regionCode: string,
    @Arg('date', () => DateScalar, { nullable: true }) date: string | null,
    @Ctx() ctx: Context,
  ): Promise<JurisdictionSettingValue[]> {
    const day = date ?? dateInZone(ctx.clock.now(), ctx.app.config.defaultTimeZone);
    return Promise.all(allSettings().map((d) => describe(ctx, d.key, regionCode, day)));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => JurisdictionSettingSetPayload, { description: '设定本辖区的地方性规则（自生效日起） / set a LOCAL rule for your jurisdiction from a date' })
  jurisdictionSettingSet(@Arg('input') input: JurisdictionSettingSetInput, @Ctx() ctx: Context): Promise<JurisdictionSettingSetPayload> {
    return withUserErrors(() => new JurisdictionSettingSetPayload(), async () => {
      assertJurisdiction(ctx.viewer, input.regionCode);
      const def = findSetting(input.key);
      if (!def) throw new BusinessRuleError([{ code: 'UNKNOWN_SETTING', field: 'input.key', message: `没有名为 ${input.key} 的设置 / there is no setting called ${input.key}` }]);
      if (!isCalendarDate(input.effectiveFrom)) throw new BusinessRuleError([{ code: 'INVALID_DATE', field: 'input.effectiveFrom', message: '日期无效 / invalid date' }]);
      let value: unknown;
      try {
        value = def.validate(input.value);
      } catch (e) {
        throw new BusinessRuleError([{ code: 'INVALID_SETTING_VALUE', field: 'input.value', message: (e as Error).message }]);
      }
      await inTransaction(ctx, async (uow) => {
        const existing = await uow.em.findOne(JurisdictionSetting, { regionCode: input.regionCode, key: def.key, effectiveFrom: input.effectiveFrom });
        if (existing) throw new BusinessRuleError([{ code: 'SETTING_EXISTS', field: 'input.effectiveFrom', message: '该日期已有设定值；请使用新的生效日期 / a value already takes effect on that date; use another date' }]);
        const id = uuidv7();
        uow.em.create(JurisdictionSetting, { id, regionCode: input.regionCode, key: def.key, effectiveFrom: input.effectiveFrom, value, basis: input.basis ?? null, createdBy: uow.actor.sub, createdAt: uow.now });
        uow.audit({ operation: 'jurisdictionSettingSet', entityType: 'JurisdictionSetting', entityId: id, regionCode: input.regionCode, after: { key: def.key, value, effectiveFrom: input.effectiveFrom, basis: input.basis ?? null } });
        uow.emit({ type: 'JurisdictionSettingChanged', entityType: 'JurisdictionSetting', entityId: id, regionCode: input.regionCode, payload: { key: def.key, effectiveFrom: input.effectiveFrom } });
      });
      return { setting: await describe(ctx, def.key, input.regionCode, input.effectiveFrom) };
    });
  }
}
