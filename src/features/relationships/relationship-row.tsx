import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { GuxButtonSlot } from 'genesys-spark-components-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useForm } from 'react-hook-form';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { useDeleteRelationship, useUpdateRelationship } from './api';
import { roleFormSchema, type RoleFormValues } from './relationship-form-schema';
import type { Relationship } from './relationship-model';

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
            <>
              <GuxButtonSlot accent="secondary">
                <button type="button" onClick={() => setEditing(true)}>
                  Edit<span className="visually-hidden"> role of {userName}</span>
                </button>
              </GuxButtonSlot>
              <GuxButtonSlot accent="danger">
                <button type="button" onClick={() => setConfirming(true)}>
                  Delete<span className="visually-hidden"> relationship of {userName}</span>
                </button>
              </GuxButtonSlot>
            </>
          ) : null}
          <ConfirmDialog
            open={confirming}
            title="Delete relationship?"
            confirmLabel={remove.isPending ? 'Deleting…' : 'Delete relationship'}
            danger
            pending={remove.isPending}
            error={remove.error?.message}
            onCancel={() => {
              remove.reset();
              setConfirming(false);
            }}
            onConfirm={() => {
              if (remove.isPending) return;
              remove.mutate(relationship.id, { onSuccess: () => setConfirming(false) });
            }}
          >
            <p>
              <strong>{userName}</strong> will no longer be listed as {relationship.relationship}.
            </p>
          </ConfirmDialog>
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
  const sending = useRef(false);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<RoleFormValues>({
    resolver: zodResolver(roleFormSchema),
    defaultValues: { relationship: relationship.relationship ?? '' },
  });
  const save = async (values: RoleFormValues) => {
    if (sending.current) return;
    sending.current = true;
    try {
      await update.mutateAsync({ existing: relationship, relationship: values.relationship });
      onDone();
    } catch (error) {
      setError('relationship', {
        type: 'server',
        message: error instanceof Error ? error.message : 'The role was not saved.',
      });
    } finally {
      sending.current = false;
    }
  };
  const error = errors.relationship?.message;
  return (
    <form
      className="role-editor"
      onSubmit={(event: FormEvent<HTMLFormElement>) => void handleSubmit(save)(event)}
      noValidate
    >
      <label htmlFor={id} className="visually-hidden">
        Role of {userName}
      </label>
      <input
        id={id}
        type="text"
        aria-invalid={Boolean(error)}
        aria-describedby={error ? `${id}-error` : undefined}
        {...register('relationship')}
      />
      <GuxButtonSlot accent="primary">
        <button type="submit" disabled={isSubmitting}>
          Save role
        </button>
      </GuxButtonSlot>
      <GuxButtonSlot accent="secondary">
        <button type="button" onClick={onDone} disabled={isSubmitting}>
          Cancel
        </button>
      </GuxButtonSlot>
      {error ? (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      ) : null}
    </form>
  );
}
