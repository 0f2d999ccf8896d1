import { createFileRoute } from '@tanstack/react-router';
import { SettingsPage } from '@/features/settings/settings-page';

// Anyone signed in may choose how this browser reads phone numbers: no permission is involved.
export const Route = createFileRoute('/_app/settings')({
  component: SettingsPage,
});
