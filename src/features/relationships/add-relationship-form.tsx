import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useServices } from '@/app/services';
import { SaveFailureAlert } from '@/ui/forms/save-failure-alert';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
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
  const [pickerKey, setPickerKey] = useState(0);
  const form = useForm<RelationshipFormInput, unknown, RelationshipFormValues>({
    resolver: zodResolver(relationshipFormSchema),
    defaultValues: { userId: '', relationship: '' },
  });
  const { control, register, reset } = form;
  const { errors } = form.formState;
  const { onSubmit, failure, pending } = useFormSave({
    form,
    save: async (values: RelationshipFormValues) => {
      await create.mutateAsync(values);
      reset({ userId: '', relationship: '' });
      setUser(null);
      setPickerKey((key) => key + 1);
    },
    fieldFor: (name) => FIELD_FOR[name] ?? null,
    fallbackMessage: 'The relationship was not added.',
  });
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
      {failure?.placedOnFields ? null : <SaveFailureAlert failure={failure} />}
      <SubmitButton pending={pending} pendingLabel="Adding…">
        Add relationship
      </SubmitButton>
    </form>
  );
}
