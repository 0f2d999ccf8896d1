import { zodResolver } from '@hookform/resolvers/zod';
import { useBlocker, useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useRef, useState, type FormEvent } from 'react';
import {
  Controller,
  FormProvider,
  useForm,
  type FieldErrors,
  type Resolver,
} from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { OrganizationPicker } from '@/features/organizations/organization-picker';
import { CustomFieldsSection } from '@/features/schemas/custom-fields/custom-fields-section';
import { useCustomFieldSchemas } from '@/features/schemas/custom-fields/use-custom-field-schemas';
import { CheckboxField } from '@/ui/checkbox-field';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { FormField } from '@/ui/form-field';
import '@/ui/ui.css';
import { useCreateContact, useUpdateContact } from './api';
import type { ExternalContact } from './contact-model';
import {
  contactFormSchema,
  formFieldFor,
  toFormValues,
  toWriteBody,
  type ContactFormField,
  type ContactFormOutput,
  type ContactFormValues,
} from './contact-form-values';
import { PHONE_COUNTRIES } from './phone-countries';

/** Reads a (possibly nested) field's error message, e.g. `workPhone.display`. */
function errorAt(
  errors: FieldErrors<ContactFormValues>,
  name: ContactFormField,
): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Create (no contact) or edit (the contact as loaded): one form, one set of rules. */
export function ContactForm({ contact }: { contact?: ExternalContact }) {
  const navigate = useNavigate();
  const create = useCreateContact();
  const update = useUpdateContact(contact?.id ?? '');
  const mutation = contact ? update : create;
  // The schema the contact is on stays pickable (and valid) even after it was disabled.
  const customFieldSchemas = useCustomFieldSchemas('contact', contact?.schema);
  const methods = useForm<ContactFormValues, unknown, ContactFormOutput>({
    // The inputs hold a narrower type than the schema accepts (strings, never null): safe to narrow.
    resolver: customFieldSchemas.wrapResolver(
      zodResolver(contactFormSchema) as Resolver<ContactFormValues, unknown, ContactFormOutput>,
    ),
    defaultValues: toFormValues(contact),
    mode: 'onTouched',
  });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isDirty, isSubmitting },
  } = methods;
  const [summary, setSummary] = useState<string | null>(null);
  // A second click while the first save is on its way must not send again, even between renders.
  const sending = useRef(false);
  const saved = useRef(false);

  const blocker = useBlocker({
    shouldBlockFn: () => isDirty && !saved.current,
    enableBeforeUnload: () => isDirty && !saved.current,
    withResolver: true,
  });

  const save = async (values: ContactFormOutput) => {
    if (sending.current) return;
    sending.current = true;
    setSummary(null);
    try {
      const body = toWriteBody(values, contact);
      customFieldSchemas.applyTo(body, values);
      const result = await mutation.mutateAsync(body);
      saved.current = true;
      await navigate({ to: '/contacts/$contactId', params: { contactId: result.id } });
    } catch (error) {
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const field = detail.fieldName ? formFieldFor(detail.fieldName) : null;
          if (field) setError(field, { type: 'server', message: error.message });
        }
        setSummary(error.message);
      } else {
        setSummary(error instanceof Error ? error.message : 'The contact could not be saved.');
      }
    } finally {
      sending.current = false;
    }
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) =>
    void handleSubmit(save, () =>
      setSummary('Some fields need attention: see the messages next to them.'),
    )(event);

  const pending = isSubmitting || mutation.isPending;
  const text = (
    name: ContactFormField,
    label: string,
    options: { type?: 'text' | 'email'; autoComplete?: string; inputMode?: 'tel' | 'url' } = {},
  ) => (
    <FormField label={label} error={errorAt(errors, name)}>
      {(control) => (
        <input
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          inputMode={options.inputMode}
          {...control}
          {...register(name)}
        />
      )}
    </FormField>
  );

  return (
    <FormProvider {...methods}>
      <form onSubmit={onSubmit} noValidate className="form-sections" aria-label="Contact">
        {summary ? (
          <GuxInlineAlert accent="error">
            <div role="alert">{summary}</div>
          </GuxInlineAlert>
        ) : null}
        <fieldset className="form-section">
          <legend>Name and title</legend>
          <div className="form-grid">
            {text('salutation', 'Salutation', { autoComplete: 'honorific-prefix' })}
            {text('firstName', 'First name', { autoComplete: 'given-name' })}
            {text('middleName', 'Middle name', { autoComplete: 'additional-name' })}
            {text('lastName', 'Last name', { autoComplete: 'family-name' })}
            {text('title', 'Title', { autoComplete: 'organization-title' })}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Email</legend>
          <div className="form-grid">
            {text('workEmail', 'Work email', { type: 'email' })}
            {text('personalEmail', 'Personal email', { type: 'email' })}
            {text('otherEmail', 'Other email', { type: 'email' })}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Phone</legend>
          <div className="form-grid">
            <FormField
              label="Phone country"
              kind="select"
              error={errorAt(errors, 'phoneCountry')}
              help="Used to read numbers typed without a + and country code."
            >
              {(control) => (
                <select {...control} {...register('phoneCountry')}>
                  <option value="">None: numbers start with +</option>
                  {PHONE_COUNTRIES.map((country) => (
                    <option key={country.code} value={country.code}>
                      {country.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {text('workPhone.display', 'Work phone', { inputMode: 'tel' })}
            {text('cellPhone.display', 'Cell phone', { inputMode: 'tel' })}
            {text('homePhone.display', 'Home phone', { inputMode: 'tel' })}
            {text('otherPhone.display', 'Other phone', { inputMode: 'tel' })}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Address</legend>
          <div className="form-grid">
            {text('address.address1', 'Address line 1', { autoComplete: 'address-line1' })}
            {text('address.address2', 'Address line 2', { autoComplete: 'address-line2' })}
            {text('address.city', 'City', { autoComplete: 'address-level2' })}
            {text('address.state', 'State or region', { autoComplete: 'address-level1' })}
            {text('address.postalCode', 'Postal code', { autoComplete: 'postal-code' })}
            {text('address.countryCode', 'Country', { autoComplete: 'country' })}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Organization</legend>
          <Controller
            name="externalOrganization"
            control={control}
            render={({ field, fieldState }) => (
              <OrganizationPicker
                label="Organization"
                value={field.value}
                onChange={field.onChange}
                error={fieldState.error?.message}
                help="The company this contact works for. Type to search organizations."
              />
            )}
          />
        </fieldset>
        <fieldset className="form-section">
          <legend>Other</legend>
          <div className="form-grid">
            {text('twitterId.screenName', 'Twitter screen name')}
            {text('externalSystemUrl', 'External system URL', { inputMode: 'url' })}
          </div>
          <CheckboxField
            label="Opted out of surveys"
            error={errors.surveyOptOut?.message}
            {...register('surveyOptOut')}
          />
        </fieldset>
        <CustomFieldsSection schemas={customFieldSchemas} />
        <div className="form-actions">
          <GuxButtonSlot accent="primary">
            <button type="submit" disabled={pending}>
              {pending ? 'Saving…' : contact ? 'Save changes' : 'Create contact'}
            </button>
          </GuxButtonSlot>
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              onClick={() =>
                void (contact
                  ? navigate({ to: '/contacts/$contactId', params: { contactId: contact.id } })
                  : navigate({ to: '/contacts' }))
              }
            >
              Cancel
            </button>
          </GuxButtonSlot>
        </div>
      </form>
      <ConfirmDialog
        open={blocker.status === 'blocked'}
        title="Leave without saving?"
        confirmLabel="Leave and discard changes"
        cancelLabel="Stay on this page"
        danger
        onConfirm={() => blocker.proceed?.()}
        onCancel={() => blocker.reset?.()}
      >
        <p>The changes you made to this contact have not been saved.</p>
      </ConfirmDialog>
    </FormProvider>
  );
}
