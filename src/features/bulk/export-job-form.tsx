import { useMutation } from '@tanstack/react-query';
import { GuxButtonSlot, GuxInlineAlert } from 'genesys-spark-components-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useServices } from '@/app/services';
import { usePermissions } from '@/auth/me-query';
import { DivisionSelect } from '@/features/divisions';
import { OrganizationPicker } from '@/features/organizations';
import { PERMISSIONS } from '@/models/permissions';
import { CheckboxField } from '@/ui/checkbox-field';
import { InlineSelect } from '@/ui/inline-select';
import { exportErrorText } from './export-error-text';
import { ChoiceSelect, DayField, FilterField, FilterGroup } from './export-filter-fields';
import type { FilterChoice } from './export-filter-options';
import { CONTACT_TYPES, EXPORT_KIND_INFO } from './export-job-kinds';
import {
  buildExportRequest,
  emptyExportForm,
  type ExportFormErrors,
  type ExportJobForm,
} from './export-job-request';
import {
  startExportJob,
  type ExportJob,
  type ExportJobRequest,
  type ExportKind,
} from './export-jobs-api';
import './export-jobs.css';

/**
 * Starts an export job: what to export and the filters the API offers for it. The job runs on
 * Genesys' side; the form only sends the request, and keeps its values after a refusal.
 */
export function ExportJobFormSection({
  kinds,
  sources,
  schemas,
  onStarted,
}: {
  kinds: readonly ExportKind[];
  sources: readonly FilterChoice[];
  schemas: Readonly<Record<'contacts' | 'organizations', readonly FilterChoice[]>>;
  onStarted: (kind: ExportKind, job: ExportJob) => void;
}) {
  const { api } = useServices();
  const { can } = usePermissions();
  const headingId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState<ExportJobForm>(() => emptyExportForm(kinds[0] ?? 'contacts'));
  const [errors, setErrors] = useState<ExportFormErrors>({});
  const [showFilters, setShowFilters] = useState(false);
  const start = useMutation({
    mutationFn: (input: { kind: ExportKind; request: ExportJobRequest }) =>
      startExportJob(api, input.kind, input.request),
    onSuccess: (job, input) => onStarted(input.kind, job),
  });

  // After a refused submit, the first field to fix takes focus (its error is announced with it).
  const [focusToken, setFocusToken] = useState(0);
  useEffect(() => {
    if (focusToken === 0) return;
    formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusToken]);

  const update = (patch: Partial<ExportJobForm>) => {
    setForm((current) => ({ ...current, ...patch }));
    start.reset();
  };
  const info = EXPORT_KIND_INFO[form.kind];
  const offers = (filter: (typeof info.filters)[number]) => info.filters.includes(filter);
  const schemaChoices =
    form.kind === 'contacts' || form.kind === 'organizations' ? schemas[form.kind] : [];

  const submit = () => {
    const built = buildExportRequest(form);
    if (!built.ok) {
      setErrors(built.errors);
      setShowFilters(true);
      setFocusToken((token) => token + 1);
      return;
    }
    setErrors({});
    start.mutate({ kind: form.kind, request: built.request });
  };

  return (
    <form
      ref={formRef}
      className="bulk-step export-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (!start.isPending) submit();
      }}
    >
      <h2 id={headingId}>New export</h2>
      <div className="bulk-actions">
        <InlineSelect
          label="Export"
          value={form.kind}
          onChange={(next) => {
            const kind = next as ExportKind;
            // Another kind may offer other divisions: a choice it may not offer is not sent.
            const sameDivisions =
              EXPORT_KIND_INFO[kind].divisionPermission === info.divisionPermission;
            update(sameDivisions ? { kind } : { kind, divisionId: '' });
          }}
        >
          {kinds.map((kind) => (
            <option key={kind} value={kind}>
              {EXPORT_KIND_INFO[kind].label}
            </option>
          ))}
        </InlineSelect>
        <DivisionSelect
          permission={info.divisionPermission}
          value={form.divisionId || undefined}
          onChange={(divisionId) => update({ divisionId: divisionId ?? '' })}
        />
      </div>
      <details
        className="export-filters"
        open={showFilters}
        onToggle={(event) => setShowFilters(event.currentTarget.open)}
      >
        <summary>More filters</summary>
        <div className="export-filter-grid">
          {offers('contactType') ? (
            <FilterGroup legend="Contact type (none checked: every type)">
              {CONTACT_TYPES.map((type) => (
                <CheckboxField
                  key={type}
                  label={type}
                  checked={form.contactTypes.includes(type)}
                  onChange={(event) =>
                    update({
                      contactTypes: event.target.checked
                        ? [...form.contactTypes, type]
                        : form.contactTypes.filter((item) => item !== type),
                    })
                  }
                />
              ))}
            </FilterGroup>
          ) : null}
          {offers('organization') && can(...PERMISSIONS.organization.view) ? (
            <OrganizationPicker
              label="Organization"
              help="Only the contacts of this organization."
              value={form.organization}
              onChange={(organization) => update({ organization })}
            />
          ) : null}
          {offers('externalSource') && sources.length > 0 ? (
            <ChoiceSelect
              label="External source"
              anyLabel="Any source"
              value={form.externalSourceId}
              choices={sources}
              onChange={(externalSourceId) => update({ externalSourceId })}
            />
          ) : null}
          {offers('schema') && schemaChoices.length > 0 ? (
            <ChoiceSelect
              label="Custom-field schema"
              anyLabel="Any schema, or none"
              value={form.schemaId}
              choices={schemaChoices}
              onChange={(schemaId) => update({ schemaId })}
            />
          ) : null}
          {offers('noteEntity') ? (
            <ChoiceSelect
              label="Notes of"
              anyLabel="Contacts and organizations"
              value={form.noteEntity}
              choices={[
                { id: 'contact', name: 'Contacts only' },
                { id: 'organization', name: 'Organizations only' },
              ]}
              onChange={(noteEntity) =>
                update({ noteEntity: noteEntity as ExportJobForm['noteEntity'] })
              }
            />
          ) : null}
          {offers('dates') ? (
            <>
              <FilterGroup legend="Created">
                <DayField
                  label="From"
                  value={form.createdFrom}
                  error={errors.createdFrom}
                  onChange={(createdFrom) => update({ createdFrom })}
                />
                <DayField
                  label="Until"
                  value={form.createdTo}
                  error={errors.createdTo}
                  onChange={(createdTo) => update({ createdTo })}
                />
              </FilterGroup>
              <FilterGroup legend="Last changed">
                <DayField
                  label="From"
                  value={form.modifiedFrom}
                  error={errors.modifiedFrom}
                  onChange={(modifiedFrom) => update({ modifiedFrom })}
                />
                <DayField
                  label="Until"
                  value={form.modifiedTo}
                  error={errors.modifiedTo}
                  onChange={(modifiedTo) => update({ modifiedTo })}
                />
              </FilterGroup>
            </>
          ) : null}
          <FilterField
            label="At most this many rows"
            help="Leave empty for every row."
            error={errors.limit}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                value={form.limit}
                onChange={(event) => update({ limit: event.target.value })}
              />
            )}
          </FilterField>
        </div>
      </details>
      {start.isError ? (
        <GuxInlineAlert accent="error">
          <div role="alert">
            The export was not started: {exportErrorText(start.error)} Your choices are kept: change
            them or try again.
          </div>
        </GuxInlineAlert>
      ) : null}
      <div className="bulk-actions">
        <GuxButtonSlot accent="primary">
          <button type="submit" disabled={start.isPending}>
            {start.isPending ? 'Starting…' : `Export ${info.noun}`}
          </button>
        </GuxButtonSlot>
        <span className="muted">
          Genesys Cloud builds the file; it stays listed below when you leave this page.
        </span>
      </div>
    </form>
  );
}
