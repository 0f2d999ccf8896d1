import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { RouteError } from '@/app/route-error';
import { externalSourceQueryOptions } from '@/features/external-sources/api';
import { EditSourcePage } from '@/features/external-sources/source-form-pages';

export const Route = createFileRoute('/_app/external-sources/$sourceId')({
  beforeLoad: requirePermission('/_app/external-sources/$sourceId'),
  loader: ({ context, params }) =>
    context.queryClient.ensureQueryData(externalSourceQueryOptions(context.api, params.sourceId)),
  component: EditSourcePage,
  errorComponent: RouteError,
});
