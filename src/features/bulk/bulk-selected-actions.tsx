import { useMutation, useQueryClient } from '@tanstack/react-query';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { PERMISSIONS } from '@/models/permissions';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { BulkDialog } from './bulk-dialog';
import { exportFileName } from './export-csv';
import { ExportPreview } from './export-preview';
import { selectedContactsTable } from './export-selection';
import { useBulkRemoveContacts, type RemoveFailure } from './use-bulk-remove';
import { ActionButton } from '@/ui/action-button';

const count = new Intl.NumberFormat();
const contactsNoun = (n: number) => `${count.format(n)} contact${n === 1 ? '' : 's'}`;

/**
 * The selection bar is a live region (it announces the count): the dialogs are rendered at the
 * end of the body instead, so opening one does not read its whole content aloud as a change.
 */
function OutsideLiveRegion({ children }: { children: ReactNode }) {
  return createPortal(children, document.body);
}

/** Slot in the contacts list's selection bar for bulk actions on the selection (bulk feature). */
export function BulkSelectedActions({
  contactIds,
  onClearSelection,
}: {
  contactIds: readonly string[];
  onClearSelection: () => void;
}) {
  const { can } = usePermissions();
  return (
    <>
      <ExportSelected contactIds={contactIds} />
      {can(...PERMISSIONS.contact.delete) ? (
        <DeleteSelected contactIds={contactIds} onDeleted={onClearSelection} />
      ) : null}
    </>
  );
}

function ExportSelected({ contactIds }: { contactIds: readonly string[] }) {
  const { api } = useServices();
  const [open, setOpen] = useState(false);
  const queryClient = useQueryClient();
  const canViewSchemas = usePermissions().can(...PERMISSIONS.schema.view);
  const fetch = useMutation({
    mutationFn: (ids: readonly string[]) =>
      selectedContactsTable(queryClient, api, ids, { canViewSchemas }),
  });
  const start = () => {
    setOpen(true);
    fetch.mutate(contactIds);
  };
  return (
    <>
      <ActionButton onClick={start}>Export selected</ActionButton>
      <OutsideLiveRegion>
        <BulkDialog
          open={open}
          title={`Export ${contactsNoun(contactIds.length)}`}
          onClose={() => {
            setOpen(false);
            fetch.reset();
          }}
        >
          {fetch.isPending ? <p role="status">Reading the selected contacts…</p> : null}
          {fetch.isError ? (
            <GuxInlineAlert accent="error">
              <div role="alert">
                The contacts could not be read: {fetch.error.message}{' '}
                <ActionButton onClick={() => fetch.mutate(contactIds)}>Try again</ActionButton>
              </div>
            </GuxInlineAlert>
          ) : null}
          {fetch.data ? (
            <>
              {fetch.data.missing.length > 0 ? (
                <GuxInlineAlert accent="warning">
                  <div role="status">
                    {contactsNoun(fetch.data.missing.length)} could not be read and are left out:{' '}
                    {fetch.data.missing.map((item) => `${item.id} (${item.message})`).join(', ')}
                  </div>
                </GuxInlineAlert>
              ) : null}
              <ExportPreview
                table={fetch.data.table}
                noun="contacts"
                fileName={exportFileName('contacts')}
              />
            </>
          ) : null}
        </BulkDialog>
      </OutsideLiveRegion>
    </>
  );
}

function DeleteSelected({
  contactIds,
  onDeleted,
}: {
  contactIds: readonly string[];
  onDeleted: () => void;
}) {
  const [open, setOpen] = useState(false);
  const [failures, setFailures] = useState<RemoveFailure[]>([]);
  const remove = useBulkRemoveContacts();
  const noun = contactsNoun(contactIds.length);
  const close = () => {
    if (failures.length > 0) onDeleted();
    setFailures([]);
    remove.reset();
    setOpen(false);
  };
  return (
    <>
      <ActionButton accent="danger" onClick={() => setOpen(true)}>
        Delete selected
      </ActionButton>
      <OutsideLiveRegion>
        <ConfirmDialog
          open={open}
          title={failures.length > 0 ? 'Some contacts were not deleted' : `Delete ${noun}?`}
          confirmLabel={
            remove.isPending
              ? 'Deleting…'
              : failures.length > 0
                ? 'Try those again'
                : `Delete ${noun}`
          }
          cancelLabel={failures.length > 0 ? 'Close' : 'Cancel'}
          danger
          pending={remove.isPending}
          error={remove.error?.message}
          onCancel={close}
          onConfirm={() => {
            const ids = failures.length > 0 ? failures.map((failure) => failure.id) : contactIds;
            remove.mutate(ids, {
              onSuccess: (refused) => {
                setFailures(refused);
                if (refused.length === 0) {
                  setOpen(false);
                  onDeleted();
                }
              },
            });
          }}
        >
          {failures.length > 0 ? (
            <>
              <p>
                {contactsNoun(contactIds.length - failures.length)} deleted;{' '}
                {contactsNoun(failures.length)} refused:
              </p>
              <ul>
                {failures.map((failure) => (
                  <li key={failure.id}>
                    {failure.id}: {failure.message}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>
              <strong>{noun}</strong> will be deleted with their notes and identifiers. This cannot
              be undone.
            </p>
          )}
        </ConfirmDialog>
      </OutsideLiveRegion>
    </>
  );
}
