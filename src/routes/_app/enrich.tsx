import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { EnrichPage } from '@/features/enrich/enrich-page';
import { enrichSearchSchema } from '@/features/enrich/search-params';

export const Route = createFileRoute('/_app/enrich')({
  beforeLoad: requirePermission('/_app/enrich'),
  validateSearch: enrichSearchSchema,
  component: EnrichPage,
});
