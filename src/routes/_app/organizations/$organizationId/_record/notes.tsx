import { createFileRoute } from '@tanstack/react-router';
import { noteListQueryOptions } from '@/features/notes/api';
import { OrganizationNotesTab } from '@/features/notes/record-notes-tabs';
import { notesSearchSchema, toNoteListParams } from '@/features/notes/search-params';

export const Route = createFileRoute('/_app/organizations/$organizationId/_record/notes')({
  validateSearch: notesSearchSchema,
  loaderDeps: ({ search }) => toNoteListParams(search, false),
  // A failed list shows inside the tab with a retry; the query keeps the error.
  loader: ({ context, params, deps }) =>
    context.queryClient
      .ensureQueryData(
        noteListQueryOptions(
          context.api,
          { type: 'organization', id: params.organizationId },
          deps,
        ),
      )
      .then(() => undefined)
      .catch(() => undefined),
  component: OrganizationNotesTab,
});
