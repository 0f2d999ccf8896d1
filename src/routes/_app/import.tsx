import { createFileRoute } from '@tanstack/react-router';
import { ImportPage } from '@/features/bulk/import-page';

export const Route = createFileRoute('/_app/import')({
  component: ImportPage,
});
