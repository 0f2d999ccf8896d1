import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useForm } from 'react-hook-form';
import { EditDeleteActions } from '@/ui/edit-delete-actions';
import { useFormSave } from '@/ui/forms/use-form-save';
import { DeleteConfirmDialog } from '@/ui/mutation-confirm-dialog';
import { SubmitButton } from '@/ui/submit-button';
import { useDeleteRelationship, useUpdateRelationship } from './api';
import { roleFormSchema, type RoleFormValues } from './relationship-form-schema';
import type { Relationship } from './relationship-model';
import { ActionButton } from '@/ui/action-button';

interface RelationshipRowProps {
  relationship: Relationship;
  organizationId: string;
  canEdit: boolean;
}

/** One relationship: its user, its role (editable in place) and its delete action. */
export function RelationshipRow({ relationship, organizationId, canEdit }: RelationshipRowProps) {
  const [editing, setEditing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const remove = useDeleteRelationship(organizationId);
  const userName = relationship.user?.name ?? relationship.user?.id ?? 'Unknown user';
  return (
    <tr>
      <td>
        {relationship.user?.id ? (
          <Link to="/users/$userId" params={{ userId: relationship.user.id }}>
            {userName}
          </Link>
        ) : (
          userName
        )}
      </td>
      <td>
        {editing ? (
          <RoleEditor
            relationship={relationship}
            organizationId={organizationId}
            userName={userName}
            onDone={() => setEditing(false)}
          />
        ) : (
          relationship.relationship
        )}
      </td>
      {canEdit ? (
        <td className="row-actions">
          {!editing ? (
            <EditDeleteActions
              editWhat={`role of ${userName}`}
              deleteWhat={`relationship of ${userName}`}
              onEdit={() => setEditing(true)}
              onDelete={() => setConfirming(true)}
            />
          ) : null}
          <DeleteConfirmDialog
            open={confirming}
            mutation={remove}
            what="relationship"
            onClose={() => setConfirming(false)}
            onConfirm={() =>
              remove.mutate(relationship.id, { onSuccess: () => setConfirming(false) })
            }
          >
            <p>
              <strong>{userName}</strong> will no longer be listed as {relationship.relationship}.
            </p>
          </DeleteConfirmDialog>
        </td>
      ) : null}
    </tr>
  );
}

function RoleEditor({
  relationship,
  organizationId,
  userName,
  onDone,
}: {
  relationship: Relationship;
  organizationId: string;
  userName: string;
  onDone: () => void;
}) {
  const id = useId();
  const update = useUpdateRelationship(organizationId);
  const form = useForm<RoleFormValues>({
    resolver: zodResolver(roleFormSchema),
    defaultValues: { relationship: relationship.relationship ?? '' },
  });
  const { register } = form;
  const { errors } = form.formState;
  const { onSubmit, failure, clearFailure, pending } = useFormSave({
    form,
    save: async (values: RoleFormValues) => {
      await update.mutateAsync({ existing: relationship, relationship: values.relationship });
      onDone();
    },
    fallbackMessage: 'The role was not saved.',
  });
  // The row has room for one message: every failure is said under the role's input.
  const error = errors.relationship?.message ?? failure?.message;
  return (
    <form className="role-editor" onSubmit={onSubmit} noValidate>
      <label htmlFor={id} className="visually-hidden">
        Role of {userName}
      </label>
      <input
        id={id}
        type="text"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register('relationship', { onChange: clearFailure })}
      />
      <SubmitButton pending={pending} pendingLabel="Save role">
        Save role
      </SubmitButton>
      <ActionButton onClick={onDone} disabled={pending}>
        Cancel
      </ActionButton>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
