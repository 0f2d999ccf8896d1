import { createFileRoute } from '@tanstack/react-router';
import { noteListQueryOptions } from '@/features/notes/api';
import { ContactNotesTab } from '@/features/notes/record-notes-tabs';
import { notesSearchSchema, toNoteListParams } from '@/features/notes/search-params';

export const Route = createFileRoute('/_app/contacts/$contactId/_record/notes')({
  validateSearch: notesSearchSchema,
  loaderDeps: ({ search }) => toNoteListParams(search, true),
  // A failed list shows inside the tab with a retry; the query keeps the error.
  loader: ({ context, params, deps }) =>
    context.queryClient
      .ensureQueryData(
        noteListQueryOptions(context.api, { type: 'contact', id: params.contactId }, deps),
      )
      .then(() => undefined)
      .catch(() => undefined),
  component: ContactNotesTab,
});
