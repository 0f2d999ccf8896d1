import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useId, type FormEvent } from 'react';
import { useForm, useWatch, type Resolver } from 'react-hook-form';
import { ApiError } from '@/api/api-error';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import {
  CONTACT_IDENTIFIER_TYPE_OPTIONS,
  identifierTypeLabel,
  identifierValueHelp,
} from '@/features/identifiers';
import { phoneCountrySetting } from '@/app/phone-country-setting';
import { PHONE_COUNTRIES } from '@/models/phone-countries';
import { FormField } from '@/ui/form-field';
import { PageHeader } from '@/ui/page-header';
import { QueryError } from '@/ui/query-error';
import { SubmitButton } from '@/ui/submit-button';
import '@/ui/ui.css';
import { lookupQueryOptions } from './api';
import {
  lookupFormSchema,
  REVERSE_VALUE_LABEL,
  type LookupFormOutput,
  type LookupFormValues,
} from './lookup-form-schema';
import { canLookUp, contactLookupRoute } from './lookup-permissions';
import { LookupResults } from './lookup-results';
import { LOOKUP_KINDS, toLookupRequest, type LookupKind, type LookupSearch } from './search-params';
import './lookup.css';

const routeApi = getRouteApi('/_app/lookup/');

const KIND_LABELS: Record<LookupKind, string> = {
  reverse: 'Phone, email or Twitter',
  contact: 'Contact identifier',
  organization: 'Organization identifier',
};

const toFormValues = (search: LookupSearch, country: string): LookupFormValues => ({
  kind: search.kind,
  type: search.kind === 'organization' ? 'ExternalId' : (search.type ?? ''),
  country,
  value: search.value ?? '',
});

/** Finds a record from what a caller gives; the lookup lives in the URL so it can be shared. */
export function LookupPage() {
  const search = routeApi.useSearch();
  const navigate = useNavigate({ from: '/lookup/' });
  const { api } = useServices();
  const { granted } = usePermissions();
  const route = contactLookupRoute(granted) ?? 'current';
  const request = toLookupRequest(search);
  const allowed = canLookUp(granted, search.kind);
  const lookup = useQuery({
    ...lookupQueryOptions(api, request ?? { kind: 'reverse', value: '' }, route),
    enabled: request !== null && allowed,
  });

  const {
    register,
    handleSubmit,
    reset,
    setError,
    trigger,
    control,
    setValue,
    getValues,
    clearErrors,
    formState: { errors },
  } = useForm<LookupFormValues, unknown, LookupFormOutput>({
    // The inputs hold plain strings; the schema narrows them to what each endpoint accepts.
    resolver: zodResolver(lookupFormSchema) as Resolver<
      LookupFormValues,
      unknown,
      LookupFormOutput
    >,
    defaultValues: toFormValues(search, phoneCountrySetting()),
    mode: 'onTouched',
  });

  // Back/Forward (or a shared link) change the URL: the form follows it, and a link that asks
  // for something the API would refuse shows why on the fields.
  useEffect(() => {
    // The country is the user's choice, not part of the link: keep it across lookups.
    reset(toFormValues(search, getValues('country')));
    if (search.value && toLookupRequest(search) === null) void trigger();
  }, [search, reset, trigger, getValues]);

  // A 400 from the API names its field (`lookupVal`, `value`, `type`): show it there.
  const { error } = lookup;
  useEffect(() => {
    if (!(error instanceof ApiError) || error.status !== 400) return;
    for (const detail of error.details) {
      if (detail.fieldName === 'lookupVal' || detail.fieldName?.endsWith('value')) {
        setError('value', { type: 'server', message: error.message });
      } else if (detail.fieldName?.endsWith('type')) {
        setError('type', { type: 'server', message: error.message });
      }
    }
  }, [error, setError]);

  const kind = useWatch({ control, name: 'kind' });
  const type = useWatch({ control, name: 'type' });

  const submit = async (values: LookupFormOutput) => {
    const next: LookupSearch =
      values.kind === 'reverse'
        ? { kind: 'reverse', value: values.value }
        : values.kind === 'organization'
          ? { kind: 'organization', value: values.value }
          : { kind: 'contact', type: values.type, value: values.value };
    const same =
      next.kind === search.kind && next.value === search.value && next.type === search.type;
    // Looking up the same thing again asks the API again: a claim may have changed the answer.
    if (same) await lookup.refetch({ cancelRefetch: false });
    else await navigate({ search: next });
  };
  const onSubmit = (event: FormEvent<HTMLFormElement>) => void handleSubmit(submit)(event);

  const valueLabel = kind === 'reverse' ? REVERSE_VALUE_LABEL : 'Identifier value';
  const help =
    kind === 'reverse'
      ? 'A phone number (read in the country below unless it starts with +), a full email address, or a Twitter handle.'
      : identifierValueHelp(kind === 'organization' ? 'ExternalId' : type);
  const kindGroup = useId();

  return (
    <div className="page lookup-page">
      <PageHeader title="Lookup">
        <p className="muted">Find a contact or an organization from what a caller gives you.</p>
      </PageHeader>
      <form className="form-section lookup-form" aria-label="Lookup" onSubmit={onSubmit} noValidate>
        <fieldset className="lookup-kinds">
          <legend>Look up by</legend>
          {LOOKUP_KINDS.map((option) => {
            const permitted = canLookUp(granted, option);
            return (
              <label key={option} className="lookup-kind">
                <input
                  type="radio"
                  value={option}
                  disabled={!permitted}
                  aria-describedby={permitted ? undefined : `${kindGroup}-${option}`}
                  {...register('kind', {
                    onChange: (event: { target: { value: string } }) => {
                      // Each kind has its own type list: start the type afresh when switching.
                      setValue('type', event.target.value === 'organization' ? 'ExternalId' : '');
                      clearErrors();
                    },
                  })}
                />
                {KIND_LABELS[option]}
                {permitted ? null : (
                  <span id={`${kindGroup}-${option}`} className="muted">
                    {' '}
                    (you do not have permission to view these records)
                  </span>
                )}
              </label>
            );
          })}
        </fieldset>
        <div className="form-grid">
          {kind === 'contact' ? (
            <FormField label="Identifier type" kind="select" required error={errors.type?.message}>
              {(control) => (
                <select {...control} {...register('type')}>
                  <option value="">Choose a type</option>
                  {CONTACT_IDENTIFIER_TYPE_OPTIONS.map((option) => (
                    <option key={option} value={option}>
                      {identifierTypeLabel(option)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}
          {kind === 'organization' ? (
            <p className="lookup-fixed-type">
              Organizations are looked up by <strong>External id</strong>, the only identifier they
              hold.
            </p>
          ) : null}
          <FormField label={valueLabel} required error={errors.value?.message} help={help}>
            {(control) => (
              <input
                type="text"
                autoComplete="off"
                spellCheck={false}
                {...control}
                {...register('value')}
              />
            )}
          </FormField>
          {kind === 'reverse' ? (
            <FormField
              label="Country of phone numbers"
              kind="select"
              required
              help="Numbers without a +country code are read as numbers of this country."
            >
              {(control) => (
                <select {...control} {...register('country')}>
                  {PHONE_COUNTRIES.map((option) => (
                    <option key={option.code} value={option.code}>
                      {option.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          ) : null}
        </div>
        <div className="form-actions">
          <SubmitButton pending={lookup.isFetching} pendingLabel="Looking up…">
            Look up
          </SubmitButton>
        </div>
      </form>
      <div aria-live="polite" className="lookup-output">
        {request === null || !allowed ? null : lookup.isPending ? (
          <p className="muted">Looking up…</p>
        ) : lookup.isError ? (
          lookup.error instanceof ApiError && lookup.error.status === 400 ? (
            <GuxInlineAlert accent="error">
              <div role="alert">{lookup.error.message}</div>
            </GuxInlineAlert>
          ) : (
            <QueryError
              error={lookup.error}
              title="The lookup failed."
              onRetry={() => void lookup.refetch()}
            />
          )
        ) : (
          <LookupResults answer={lookup.data} value={request.value} />
        )}
      </div>
    </div>
  );
}
