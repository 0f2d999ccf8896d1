import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import { allRelationshipsQueryOptions, useCreateRelationship } from './api';
import {
  relationshipFormSchema,
  type RelationshipFormInput,
  type RelationshipFormValues,
} from './relationship-form-schema';
import type { User } from './relationship-model';
import { UserPicker } from './user-picker';

/** Maps the API's field names onto this form's fields. */
const FIELD_FOR: Record<string, keyof RelationshipFormInput> = {
  user: 'userId',
  'user.id': 'userId',
  relationship: 'relationship',
};

/** Adds a relationship: a user from the picker and a role, with the roles already in use offered. */
export function AddRelationshipForm({ organizationId }: { organizationId: string }) {
  const { api } = useServices();
  const roleId = useId();
  const rolesListId = `${roleId}-roles`;
  const create = useCreateRelationship(organizationId);
  const roles = useQuery({
    ...allRelationshipsQueryOptions(api),
    select: (relationships) =>
      [...new Set(relationships.map((item) => item.relationship ?? '').filter(Boolean))].sort(),
  });
  const [user, setUser] = useState<User | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [pickerKey, setPickerKey] = useState(0);
  const sending = useRef(false);
  const {
    control,
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<RelationshipFormInput, unknown, RelationshipFormValues>({
    resolver: zodResolver(relationshipFormSchema),
    defaultValues: { userId: '', relationship: '' },
  });

  const save = async (values: RelationshipFormValues) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    try {
      await create.mutateAsync(values);
      reset({ userId: '', relationship: '' });
      setUser(null);
      setPickerKey((key) => key + 1);
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The relationship was not added.';
      let placed = false;
      if (error instanceof ApiError) {
        for (const name of Object.keys(error.fieldErrors())) {
          const field = FIELD_FOR[name];
          if (field) {
            setError(field, { type: 'server', message });
            placed = true;
          }
        }
      }
      if (!placed) setFailure(message);
    } finally {
      sending.current = false;
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void handleSubmit(save)(event);
  const roleError = errors.relationship?.message;

  return (
    <form
      className="relationship-form"
      onSubmit={onSubmit}
      noValidate
      aria-label="Add relationship"
    >
      <h3>Add a relationship</h3>
      <div className="relationship-form-fields">
        <Controller
          control={control}
          name="userId"
          render={({ field, fieldState }) => (
            <UserPicker
              key={pickerKey}
              label="User"
              value={user}
              error={fieldState.error?.message}
              onChange={(picked) => {
                setUser(picked);
                field.onChange(picked?.id ?? '');
              }}
            />
          )}
        />
        <div className="relationship-role">
          <label htmlFor={roleId}>Relationship</label>
          <input
            id={roleId}
            type="text"
            list={rolesListId}
            autoComplete="off"
            maxLength={200}
            aria-required
            aria-invalid={Boolean(roleError)}
            aria-describedby={roleError ? `${roleId}-error` : undefined}
            {...register('relationship')}
          />
          <datalist id={rolesListId}>
            {(roles.data ?? []).map((role) => (
              <option key={role} value={role} />
            ))}
          </datalist>
          {roleError ? (
            <p id={`${roleId}-error`} className="field-error" role="alert">
              {roleError}
            </p>
          ) : null}
        </div>
      </div>
      {failure ? (
        <GuxInlineAlert accent="error">
          <div role="alert">{failure}</div>
        </GuxInlineAlert>
      ) : null}
      <GuxButtonSlot accent="primary">
        <button type="submit" disabled={isSubmitting}>
          {isSubmitting ? 'Adding…' : 'Add relationship'}
        </button>
      </GuxButtonSlot>
    </form>
  );
}
