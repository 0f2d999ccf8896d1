import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { ExportPage } from '@/features/bulk/export-page';

export const Route = createFileRoute('/_app/export')({
  beforeLoad: requirePermission('/_app/export'),
  component: ExportPage,
});
