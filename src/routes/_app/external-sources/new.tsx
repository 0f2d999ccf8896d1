import { createFileRoute } from '@tanstack/react-router';
import { requirePermission } from '@/app/require-permission';
import { NewSourcePage } from '@/features/external-sources/source-form-pages';

export const Route = createFileRoute('/_app/external-sources/new')({
  beforeLoad: requirePermission('/_app/external-sources/new'),
  component: NewSourcePage,
});
