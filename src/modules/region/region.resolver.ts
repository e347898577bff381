import { Arg, Args, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { Region, RegionConnection, RegionsArgs } from './region.types.js';
import { regionByCode, regionChildren } from './region.loaders.js';
import { ancestorsOf, listRegions } from './region.service.js';

@Resolver(() => Region)
export class RegionResolver {
  @Query(() => Region, { nullable: true, description: '按代码查询行政区划 / a division by its code' })
  region(@Arg('code') code: string, @Ctx() ctx: Context): Promise<Region | null> {
    return regionByCode(ctx).load(code);
  }

  @Query(() => RegionConnection, { description: '行政区划列表 / divisions, by parent, level or subtree, ordered by code' })
  regions(@Args() args: RegionsArgs, @Ctx() ctx: Context) {
    return listRegions(ctx, args);
  }

  @FieldResolver(() => [Region], { description: '直接下级区划（按代码排序） / the direct children, by code' })
  children(@Root() region: Region, @Ctx() ctx: Context): Promise<Region[]> {
    return regionChildren(ctx).load(region.code);
  }

  @FieldResolver(() => [Region], { description: '上级区划链（自顶向下） / the ancestors, from the top down' })
  ancestors(@Root() region: Region, @Ctx() ctx: Context): Promise<Region[]> {
    return ancestorsOf(ctx, region);
  }

  @FieldResolver(() => Region, { nullable: true, description: '上级区划 / the parent division' })
  parent(@Root() region: Region, @Ctx() ctx: Context): Promise<Region | null> | null {
    return region.parentCode ? regionByCode(ctx).load(region.parentCode) : null;
  }
}
