import { createFileRoute, Outlet } from '@tanstack/react-router';

// Placeholder layout until the organizations feature replaces it with the record header and tabs.
export const Route = createFileRoute('/_app/organizations/$organizationId/_record')({
  component: Outlet,
});
