import { zodResolver } from '@hookform/resolvers/zod';
import { useBlocker, useNavigate } from '@tanstack/react-router';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useRef, useState, type FormEvent } from 'react';
import {
  FormProvider,
  useFieldArray,
  useForm,
  type FieldErrors,
  type Resolver,
} from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { PHONE_COUNTRIES } from '@/features/contacts/phone-countries';
import { CustomFieldsSection } from '@/features/schemas/custom-fields/custom-fields-section';
import { useCustomFieldSchemas } from '@/features/schemas/custom-fields/use-custom-field-schemas';
import { ConfirmDialog } from '@/ui/confirm-dialog';
import { FormField } from '@/ui/form-field';
import '@/ui/ui.css';
import { useCreateOrganization, useUpdateOrganization } from './api';
import type { ExternalOrganization } from './organization-model';
import {
  formFieldFor,
  organizationFormSchema,
  toFormValues,
  toWriteBody,
  type OrganizationFormField,
  type OrganizationFormOutput,
  type OrganizationFormValues,
} from './organization-form-values';
import { TextareaField } from './textarea-field';
import './organizations.css';

/** Reads a (possibly nested) field's error message, e.g. `address.city` or `tickers.0.symbol`. */
function errorAt(
  errors: FieldErrors<OrganizationFormValues>,
  name: OrganizationFormField,
): string | undefined {
  let node: unknown = errors;
  for (const part of name.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  const message = (node as { message?: unknown } | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** Create (no organization) or edit (the organization as loaded): one form, one set of rules. */
export function OrganizationForm({ organization }: { organization?: ExternalOrganization }) {
  const navigate = useNavigate();
  const create = useCreateOrganization();
  const update = useUpdateOrganization(organization?.id ?? '');
  const mutation = organization ? update : create;
  // The schema the organization is on stays pickable (and valid) even after it was disabled.
  const customFieldSchemas = useCustomFieldSchemas('organization', organization?.schema);
  // FormProvider: the custom-fields section reaches the form through context.
  const form = useForm<OrganizationFormValues, unknown, OrganizationFormOutput>({
    // The inputs hold a narrower type than the schema accepts (strings, never null): safe to narrow.
    resolver: customFieldSchemas.wrapResolver(
      zodResolver(organizationFormSchema) as Resolver<
        OrganizationFormValues,
        unknown,
        OrganizationFormOutput
      >,
    ),
    defaultValues: toFormValues(organization),
    mode: 'onTouched',
  });
  const {
    register,
    handleSubmit,
    setError,
    control,
    formState: { errors, isDirty, isSubmitting },
  } = form;
  const tickers = useFieldArray({ control, name: 'tickers' });
  const [summary, setSummary] = useState<string | null>(null);
  // A second click while the first save is on its way must not send again, even between renders.
  const sending = useRef(false);
  const saved = useRef(false);

  const blocker = useBlocker({
    shouldBlockFn: () => isDirty && !saved.current,
    enableBeforeUnload: () => isDirty && !saved.current,
    withResolver: true,
  });

  const save = async (values: OrganizationFormOutput) => {
    if (sending.current) return;
    sending.current = true;
    setSummary(null);
    try {
      const body = toWriteBody(values, organization);
      customFieldSchemas.applyTo(body, values);
      const result = await mutation.mutateAsync(body);
      saved.current = true;
      await navigate({
        to: '/organizations/$organizationId',
        params: { organizationId: result.id },
      });
    } catch (error) {
      if (error instanceof ApiError) {
        for (const detail of error.details) {
          const field = detail.fieldName ? formFieldFor(detail.fieldName) : null;
          if (field) setError(field, { type: 'server', message: error.message });
        }
        setSummary(error.message);
      } else {
        setSummary(error instanceof Error ? error.message : 'The organization could not be saved.');
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
    name: OrganizationFormField,
    label: string,
    options: {
      type?: 'text' | 'email';
      autoComplete?: string;
      inputMode?: 'tel' | 'url' | 'numeric';
      required?: boolean;
    } = {},
  ) => (
    <FormField label={label} error={errorAt(errors, name)} required={options.required ?? false}>
      {(fieldControl) => (
        <input
          type={options.type ?? 'text'}
          autoComplete={options.autoComplete ?? 'off'}
          inputMode={options.inputMode}
          {...fieldControl}
          {...register(name)}
        />
      )}
    </FormField>
  );

  return (
    <FormProvider {...form}>
      <form onSubmit={onSubmit} noValidate className="form-sections" aria-label="Organization">
        {summary ? (
          <GuxInlineAlert accent="error">
            <div role="alert">{summary}</div>
          </GuxInlineAlert>
        ) : null}
        <fieldset className="form-section">
          <legend>Company</legend>
          <div className="form-grid">
            {text('name', 'Name', { autoComplete: 'organization', required: true })}
            {text('companyType', 'Company type')}
            {text('industry', 'Industry')}
            {text('employeeCount', 'Employee count', { inputMode: 'numeric' })}
            {text('revenue', 'Revenue', { inputMode: 'numeric' })}
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
              {(fieldControl) => (
                <select {...fieldControl} {...register('phoneCountry')}>
                  <option value="">None: numbers start with +</option>
                  {PHONE_COUNTRIES.map((country) => (
                    <option key={country.code} value={country.code}>
                      {country.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {text('phoneNumber.display', 'Phone number', { inputMode: 'tel' })}
            {text('faxNumber.display', 'Fax number', { inputMode: 'tel' })}
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
          <legend>Web and social</legend>
          <div className="form-grid">
            <TextareaField
              label="Websites"
              help="One per line."
              error={errorAt(errors, 'websites')}
              {...register('websites')}
            />
            <TextareaField
              label="Tags"
              help="One per line."
              error={errorAt(errors, 'tags')}
              {...register('tags')}
            />
            {text('twitterId.screenName', 'Twitter screen name')}
            {text('externalSystemUrl', 'External system URL', { inputMode: 'url' })}
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Stock tickers</legend>
          {tickers.fields.map((field, index) => (
            <div key={field.id} className="ticker-row">
              {text(`tickers.${index}.symbol`, `Ticker ${index + 1} symbol`)}
              {text(`tickers.${index}.exchange`, `Ticker ${index + 1} exchange`)}
              <GuxButtonSlot accent="ghost">
                <button type="button" onClick={() => tickers.remove(index)}>
                  Remove ticker {index + 1}
                </button>
              </GuxButtonSlot>
            </div>
          ))}
          <GuxButtonSlot accent="secondary">
            <button type="button" onClick={() => tickers.append({ symbol: '', exchange: '' })}>
              Add ticker
            </button>
          </GuxButtonSlot>
        </fieldset>
        <CustomFieldsSection schemas={customFieldSchemas} />
        <div className="form-actions">
          <GuxButtonSlot accent="primary">
            <button type="submit" disabled={pending}>
              {pending ? 'Saving…' : organization ? 'Save changes' : 'Create organization'}
            </button>
          </GuxButtonSlot>
          <GuxButtonSlot accent="secondary">
            <button
              type="button"
              onClick={() =>
                void (organization
                  ? navigate({
                      to: '/organizations/$organizationId',
                      params: { organizationId: organization.id },
                    })
                  : navigate({ to: '/organizations' }))
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
        <p>The changes you made to this organization have not been saved.</p>
      </ConfirmDialog>
    </FormProvider>
  );
}
