import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { ImportPage } from '@/features/bulk/import-page';
import { importSearchSchema } from '@/features/bulk/import-search-params';

export const Route = createFileRoute('/_app/import')({
  beforeLoad: requirePermission('/_app/import'),
  validateSearch: importSearchSchema,
  component: ImportPage,
});
