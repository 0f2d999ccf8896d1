import { createFileRoute } from '@tanstack/react-router';

// Placeholder while the feature that owns this tab is built; replaced by it.
export const Route = createFileRoute('/_app/organizations/$organizationId/_record/notes')({
  component: () => <p>Notes</p>,
});
