import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useForm } from 'react-hook-form';
import { usePermissions } from '@/auth/me-query';
import { BulkEditDialog } from './bulk-edit-dialog';
import { BULK_EDIT_ENTITIES, type BulkEditEntity, type BulkEditKind } from './bulk-edit-entities';
import {
  bulkEditDefaults,
  bulkEditResolver,
  type BulkEditValues,
  type CustomFieldContext,
} from './bulk-edit-form-rules';
import { ActionButton } from '@/ui/action-button';

/**
 * "Edit selected" in a list's selection bar (contacts or organizations), for users who may edit
 * that kind of record; nothing for the others.
 */
export function BulkEditSelected({ kind, ids }: { kind: BulkEditKind; ids: readonly string[] }) {
  const entity = BULK_EDIT_ENTITIES[kind];
  const { can } = usePermissions();
  if (!can(...entity.edit)) return null;
  return <BulkEditAction entity={entity} ids={ids} />;
}

function BulkEditAction({ entity, ids }: { entity: BulkEditEntity; ids: readonly string[] }) {
  const [open, setOpen] = useState(false);
  const [session, setSession] = useState(0);
  // Filled by the dialog once the selection is read; the resolver reads it when the form is
  // checked, never while rendering (a plain box: a ref may not be handed to a function in render).
  const [customFields] = useState<{ current: CustomFieldContext | null }>(() => ({
    current: null,
  }));
  // The form lives here, beside the selection, not in the dialog: closing the dialog (after a
  // failed update, say) keeps every choice and value for the next try.
  const [resolver] = useState(() => bulkEditResolver(entity.fields, entity.write, customFields));
  const form = useForm<BulkEditValues, unknown, BulkEditValues>({
    resolver,
    defaultValues: bulkEditDefaults(entity.fields),
  });
  return (
    <>
      <ActionButton
        onClick={() => {
          setSession((value) => value + 1);
          setOpen(true);
        }}
      >
        Edit selected
      </ActionButton>
      {/* The selection bar is a live region: the dialog lives at the end of the body instead, so
          opening it does not read its whole content aloud as a change. */}
      {createPortal(
        <BulkEditDialog
          entity={entity}
          ids={ids}
          open={open}
          session={session}
          onClose={() => setOpen(false)}
          form={form}
          customFieldsRef={customFields}
        />,
        document.body,
      )}
    </>
  );
}
