import { createFileRoute } from '@tanstack/react-router';
import { ExportPage } from '@/features/bulk/export-page';

export const Route = createFileRoute('/_app/export')({
  component: ExportPage,
});
