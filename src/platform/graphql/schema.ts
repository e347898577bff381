/**
 * Builds the executable schema from the resolvers the composition root hands in, with the
 * scalars, the auth checker and validation; `printSortedSchema` gives the committed SDL.
 */
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { authChecker } from '../auth/auth-checker.js';
import { DateScalar, DateTimeScalar } from './scalars.js';

export async function buildRegistrySchema(resolvers: NonEmptyArray<Function>): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    authChecker,
    authMode: 'error',
    validate: false,
    emitSchemaFile: false,
    scalarsMap: [
      { type: Date, scalar: DateTimeScalar },
    ],
    orphanedTypes: [],
    // Subscriptions bring their own `subscribe` (the outbox relay); type-graphql insists on a
    // PubSub all the same, so give it one that refuses to be used.
    pubSub: {
      publish: () => {
        throw new Error('publish through the outbox (UnitOfWork.emit), not type-graphql PubSub');
      },
      subscribe: () => {
        throw new Error('subscriptions read the outbox relay, not type-graphql PubSub');
      },
    },
  });
}

/** The SDL as committed in schema/schema.graphql: sorted, so diffs show real changes. */
export function printSortedSchema(schema: GraphQLSchema): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}

export { DateScalar };
