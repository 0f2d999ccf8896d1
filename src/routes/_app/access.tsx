import { createFileRoute } from '@tanstack/react-router';
import { YourAccessPage } from '@/app/your-access-page';

export const Route = createFileRoute('/_app/access')({
  component: YourAccessPage,
});
