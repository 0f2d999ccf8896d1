import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useState } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { FormField } from '@/ui/form-field';
import { useFormSave } from '@/ui/forms/use-form-save';
import { SubmitButton } from '@/ui/submit-button';
import { useIdentifierClaim, type IdentifierOwner } from './api';
import { conflictingHolderId, formFieldOf } from './identifier-conflict';
import {
  identifierFieldsSchema,
  organizationIdentifierFieldsSchema,
  type IdentifierFields,
  type IdentifierFieldsValues,
} from './identifier-form-schema';
import {
  CONTACT_IDENTIFIER_TYPE_OPTIONS,
  identifierTypeLabel,
  identifierValueHelp,
  ORGANIZATION_IDENTIFIER_TYPE_OPTIONS,
} from './identifier-types';

/** Claims one identifier for the owner; a conflict names and links the record holding it. */
export function ClaimIdentifierForm({ owner }: { owner: IdentifierOwner }) {
  const claim = useIdentifierClaim(owner);
  const forContact = owner.kind === 'contact';
  const typeOptions = forContact
    ? CONTACT_IDENTIFIER_TYPE_OPTIONS
    : ORGANIZATION_IDENTIFIER_TYPE_OPTIONS;
  const form = useForm<IdentifierFieldsValues, unknown, IdentifierFields>({
    // The form holds plain strings; the schemas narrow them to the API's types on submit.
    resolver: zodResolver(
      forContact ? identifierFieldsSchema : organizationIdentifierFieldsSchema,
    ) as Resolver<IdentifierFieldsValues, unknown, IdentifierFields>,
    defaultValues: { type: forContact ? '' : 'ExternalId', value: '' },
    mode: 'onTouched',
  });
  const { register, reset, control } = form;
  const { errors } = form.formState;
  const [claimed, setClaimed] = useState<string | null>(null);
  // The failure is kept with the error it came from: a conflict links to the record holding it.
  const [holderId, setHolderId] = useState<string | undefined>(undefined);
  const { onSubmit, failure, pending } = useFormSave({
    form,
    save: async (values: IdentifierFields) => {
      setClaimed(null);
      setHolderId(undefined);
      try {
        await claim.mutateAsync({ operation: 'Claim', identifier: values });
      } catch (error) {
        setHolderId(conflictingHolderId(error));
        throw error;
      }
      setClaimed(`${identifierTypeLabel(values.type)} ${values.value} is now claimed.`);
      reset({ type: forContact ? '' : 'ExternalId', value: '' });
    },
    fieldFor: formFieldOf,
    fallbackMessage: 'The identifier was not claimed.',
  });
  const help = identifierValueHelp(useWatch({ control, name: 'type' }));

  return (
    <form
      className="form-section identifier-claim-form"
      aria-labelledby="claim-identifier-heading"
      onSubmit={onSubmit}
      noValidate
    >
      <h2 id="claim-identifier-heading">Claim an identifier</h2>
      {failure ? (
        <GuxInlineAlert accent="error">
          <div role="alert">
            {failure.message} {holderId ? <HolderLink owner={owner} holderId={holderId} /> : null}
          </div>
        </GuxInlineAlert>
      ) : null}
      {claimed ? (
        <p role="status" className="identifier-claimed">
          {claimed}
        </p>
      ) : null}
      <div className="form-grid">
        <FormField label="Identifier type" kind="select" required error={errors.type?.message}>
          {(control) => (
            <select {...control} {...register('type')}>
              {forContact ? <option value="">Choose a type</option> : null}
              {typeOptions.map((type) => (
                <option key={type} value={type}>
                  {identifierTypeLabel(type)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Identifier value" required error={errors.value?.message} help={help}>
          {(control) => (
            <input type="text" autoComplete="off" {...control} {...register('value')} />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <SubmitButton pending={pending || claim.isPending} pendingLabel="Claiming…">
          Claim identifier
        </SubmitButton>
      </div>
    </form>
  );
}

function HolderLink({ owner, holderId }: { owner: IdentifierOwner; holderId: string }) {
  return owner.kind === 'contact' ? (
    <Link to="/contacts/$contactId/identifiers" params={{ contactId: holderId }}>
      Open the contact that holds it
    </Link>
  ) : (
    <Link to="/organizations/$organizationId/identifiers" params={{ organizationId: holderId }}>
      Open the organization that holds it
    </Link>
  );
}
