import { zodResolver } from '@hookform/resolvers/zod';
import { Link } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useRef, useState, type FormEvent } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { FormField } from '@/ui/form-field';
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

interface Failure {
  message: string;
  holderId: string | undefined;
}

/** Claims one identifier for the owner; a conflict names and links the record holding it. */
export function ClaimIdentifierForm({ owner }: { owner: IdentifierOwner }) {
  const claim = useIdentifierClaim(owner);
  const forContact = owner.kind === 'contact';
  const typeOptions = forContact
    ? CONTACT_IDENTIFIER_TYPE_OPTIONS
    : ORGANIZATION_IDENTIFIER_TYPE_OPTIONS;
  const {
    register,
    handleSubmit,
    setError,
    reset,
    control,
    formState: { errors, isSubmitting },
  } = useForm<IdentifierFieldsValues, unknown, IdentifierFields>({
    // The form holds plain strings; the schemas narrow them to the API's types on submit.
    resolver: zodResolver(
      forContact ? identifierFieldsSchema : organizationIdentifierFieldsSchema,
    ) as Resolver<IdentifierFieldsValues, unknown, IdentifierFields>,
    defaultValues: { type: forContact ? '' : 'ExternalId', value: '' },
    mode: 'onTouched',
  });
  const [failure, setFailure] = useState<Failure | null>(null);
  const [claimed, setClaimed] = useState<string | null>(null);
  // A second click while the first claim is on its way must not send again, even between renders.
  const sending = useRef(false);

  const save = async (values: IdentifierFields) => {
    if (sending.current) return;
    sending.current = true;
    setFailure(null);
    setClaimed(null);
    try {
      await claim.mutateAsync({ operation: 'Claim', identifier: values });
      setClaimed(`${identifierTypeLabel(values.type)} ${values.value} is now claimed.`);
      reset({ type: forContact ? '' : 'ExternalId', value: '' });
    } catch (error) {
      const message = error instanceof Error ? error.message : 'The identifier was not claimed.';
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const field = formFieldOf(detail.fieldName);
          if (field) setError(field, { type: 'server', message });
        }
      }
      setFailure({ message, holderId: conflictingHolderId(error) });
    } finally {
      sending.current = false;
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void handleSubmit(save)(event);
  const pending = isSubmitting || claim.isPending;
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
            {failure.message}{' '}
            {failure.holderId ? <HolderLink owner={owner} holderId={failure.holderId} /> : null}
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
        <GuxButtonSlot accent="primary">
          <button type="submit" disabled={pending}>
            {pending ? 'Claiming…' : 'Claim identifier'}
          </button>
        </GuxButtonSlot>
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
