import type { RouterContext } from '@/app/router-context';
import { coreTypesQueryOptions, schemaListQueryOptions, type SchemaEntity } from '../api';

/**
 * For form routes' loaders: the schema picker and its inputs are ready on first paint, in the
 * same round trip as the record. A user without schema permissions gets a 403 here, which the
 * form explains itself, so a failure never blocks the route.
 */
export async function prefetchCustomFieldSchemas(
  context: RouterContext,
  entity: SchemaEntity,
): Promise<void> {
  await Promise.all([
    context.queryClient.ensureQueryData(schemaListQueryOptions(context.api, entity)),
    context.queryClient.ensureQueryData(coreTypesQueryOptions(context.api, entity)),
  ]).catch(() => undefined);
}
