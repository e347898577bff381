import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../platform/graphql/context.js';
import { withUserErrors } from '../../platform/graphql/errors.js';
import { Role } from '../../platform/auth/viewer.js';
import {
  Person, PersonCorrectIdNumberInput, PersonCorrectIdNumberPayload, PersonRegisterInput, PersonRegisterPayload, PersonUpdateInput, PersonUpdatePayload,
} from './person.types.js';
import { correctPersonIdNumber, findPerson, findPersonByIdNumber, registerPerson, updatePerson } from './person.service.js';

@Resolver(() => Person)
export class PersonResolver {
  @Authorized(Role.AUTHORITY, Role.VOLUNTEER)
  @Query(() => Person, {
    description: '按全局标识查询自然人：登记管理机关限本辖区，个人限本人；否则 FORBIDDEN / a person by global id: an authority within its jurisdiction, a person themself; FORBIDDEN otherwise',
  })
  person(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Person> {
    return findPerson(ctx, id);
  }

  @Authorized(Role.AUTHORITY)
  @Query(() => Person, {
    nullable: true,
    description: '按公民身份号码精确查询（本辖区内）；无此人或不在辖区内时为 null / exact lookup by citizen ID number within your jurisdiction; null when none',
  })
  personByIdNumber(@Arg('idNumber', { description: '公民身份号码 / citizen ID number' }) idNumber: string, @Ctx() ctx: Context): Promise<Person | null> {
    return findPersonByIdNumber(ctx, idNumber);
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => PersonRegisterPayload, {
    description: '登记自然人（公民身份号码已登记时返回已有人员与 PERSON_ALREADY_REGISTERED） / register a person; a known ID number returns the existing person with PERSON_ALREADY_REGISTERED',
  })
  personRegister(@Arg('input') input: PersonRegisterInput, @Ctx() ctx: Context): Promise<PersonRegisterPayload> {
    return withUserErrors(() => new PersonRegisterPayload(), () => registerPerson(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => PersonUpdatePayload, { description: '修改自然人的姓名、电话、住址 / change a person\'s name, phone or address' })
  personUpdate(@Arg('input') input: PersonUpdateInput, @Ctx() ctx: Context): Promise<PersonUpdatePayload> {
    return withUserErrors(() => new PersonUpdatePayload(), () => updatePerson(ctx, input));
  }

  @Authorized(Role.AUTHORITY)
  @Mutation(() => PersonCorrectIdNumberPayload, {
    description: '更正登记错误的公民身份号码（须说明理由，记入审计） / correct a wrongly registered ID number, with a reason kept in the audit trail',
  })
  personCorrectIdNumber(@Arg('input') input: PersonCorrectIdNumberInput, @Ctx() ctx: Context): Promise<PersonCorrectIdNumberPayload> {
    return withUserErrors(() => new PersonCorrectIdNumberPayload(), () => correctPersonIdNumber(ctx, input));
  }
}
