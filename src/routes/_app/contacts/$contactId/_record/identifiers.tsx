import { createFileRoute } from '@tanstack/react-router';

// Placeholder while the feature that owns this tab is built; replaced by it.
export const Route = createFileRoute('/_app/contacts/$contactId/_record/identifiers')({
  component: () => <p>Identifiers</p>,
});
