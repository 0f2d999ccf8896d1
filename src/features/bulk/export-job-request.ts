import { EXPORT_KIND_INFO, CONTACT_TYPES, type ExportFilterName } from './export-job-kinds';
import type { ExportFilter, ExportJob, ExportJobRequest, ExportKind } from './export-jobs-api';
import type { ExportDateField } from '@/models/export-request';

/**
 * The export form's values and the request they make. Only the filters the chosen kind takes are
 * sent; values typed for another kind stay in the form (nothing typed is lost) but are not used.
 */
export interface ExportJobForm {
  kind: ExportKind;
  /** '' = every division the user may view. */
  divisionId: string;
  /** None or all = every type. */
  contactTypes: readonly string[];
  organization: { id: string; name?: string | undefined } | null;
  externalSourceId: string;
  schemaId: string;
  noteEntity: '' | 'contact' | 'organization';
  /** Days as a date input gives them (YYYY-MM-DD), in the user's time zone; '' = open. */
  createdFrom: string;
  createdTo: string;
  modifiedFrom: string;
  modifiedTo: string;
  /** At most this many rows; '' = the API's default (180,000,000). */
  limit: string;
}

export const emptyExportForm = (kind: ExportKind): ExportJobForm => ({
  kind,
  divisionId: '',
  contactTypes: [],
  organization: null,
  externalSourceId: '',
  schemaId: '',
  noteEntity: '',
  createdFrom: '',
  createdTo: '',
  modifiedFrom: '',
  modifiedTo: '',
  limit: '',
});

export type ExportFormErrors = Partial<
  Record<'createdFrom' | 'createdTo' | 'modifiedFrom' | 'modifiedTo' | 'limit', string>
>;

/** Genesys' documented default and maximum `limit`. */
export const EXPORT_MAX_ROWS = 180_000_000;

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The local instant a day starts (or its last millisecond), or null for a day that is not one. */
export function dayBoundary(day: string, end: boolean): Date | null {
  const match = DAY.exec(day);
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]) - 1, Number(match[3])];
  const at = end
    ? new Date(year, month, date, 23, 59, 59, 999)
    : new Date(year, month, date, 0, 0, 0, 0);
  // new Date rolls 31 February over into March: such a day is not one.
  return at.getFullYear() === year && at.getMonth() === month && at.getDate() === date ? at : null;
}

function dateRange(
  field: ExportDateField,
  from: string,
  to: string,
  names: { from: 'createdFrom' | 'modifiedFrom'; to: 'createdTo' | 'modifiedTo'; what: string },
  errors: ExportFormErrors,
): ExportFilter[] {
  const start = from ? dayBoundary(from, false) : undefined;
  const end = to ? dayBoundary(to, true) : undefined;
  if (start === null) errors[names.from] = `Enter the first day ${names.what} as a date.`;
  if (end === null) errors[names.to] = `Enter the last day ${names.what} as a date.`;
  if (start && end && start > end) {
    errors[names.to] = `The last day ${names.what} is before the first day.`;
  }
  const filters: ExportFilter[] = [];
  if (start) filters.push({ gte: { field, value: start.toISOString() } });
  if (end) filters.push({ lte: { field, value: end.toISOString() } });
  return filters;
}

function limitOf(text: string, errors: ExportFormErrors): number | undefined {
  const trimmed = text.trim().replace(/[,\s]/g, '');
  if (trimmed === '') return undefined;
  const limit = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isSafeInteger(limit) || limit < 1 || limit > EXPORT_MAX_ROWS) {
    errors.limit = `Enter a whole number from 1 to ${EXPORT_MAX_ROWS.toLocaleString('en-US')}, or leave it empty for every row.`;
    return undefined;
  }
  return limit;
}

/** The request the form makes, or what to fix first. */
export function buildExportRequest(
  form: ExportJobForm,
): { ok: true; request: ExportJobRequest } | { ok: false; errors: ExportFormErrors } {
  const offered = new Set<ExportFilterName>(EXPORT_KIND_INFO[form.kind].filters);
  const errors: ExportFormErrors = {};
  const filters: ExportFilter[] = [];

  if (offered.has('contactType')) {
    const types = CONTACT_TYPES.filter((type) => form.contactTypes.includes(type));
    if (types.length === 1) {
      filters.push({ eq: { field: 'ContactClassification', value: types[0] ?? '' } });
    } else if (types.length > 1 && types.length < CONTACT_TYPES.length) {
      filters.push({ in: { field: 'ContactClassification', values: types } });
    }
  }
  if (offered.has('organization') && form.organization) {
    filters.push({ eq: { field: 'ExternalOrganizationId', value: form.organization.id } });
  }
  if (offered.has('externalSource') && form.externalSourceId) {
    filters.push({ eq: { field: 'ExternalSourceId', value: form.externalSourceId } });
  }
  if (offered.has('schema') && form.schemaId) {
    filters.push({ eq: { field: 'SchemaId', value: form.schemaId } });
  }
  if (offered.has('noteEntity') && form.noteEntity) {
    filters.push({ eq: { field: 'EntityType', value: form.noteEntity } });
  }
  if (offered.has('dates')) {
    filters.push(
      ...dateRange(
        'CreateDate',
        form.createdFrom,
        form.createdTo,
        { from: 'createdFrom', to: 'createdTo', what: 'created' },
        errors,
      ),
      ...dateRange(
        'ModifyDate',
        form.modifiedFrom,
        form.modifiedTo,
        { from: 'modifiedFrom', to: 'modifiedTo', what: 'changed' },
        errors,
      ),
    );
  }
  const limit = limitOf(form.limit, errors);
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const request: ExportJobRequest = { divisionIds: form.divisionId ? [form.divisionId] : [] };
  const filter = filters.length === 1 ? filters[0] : filters.length > 1 ? { and: filters } : null;
  if (filter || limit !== undefined) {
    request.queryConditions = {
      ...(filter ? { filters: filter } : {}),
      ...(limit !== undefined ? { limit } : {}),
    };
  }
  return { ok: true, request };
}

/** "Start again": the same divisions and conditions, sent back as the API listed them. */
export function repeatRequest(job: ExportJob): ExportJobRequest {
  const request: ExportJobRequest = { divisionIds: job.divisionIds ?? [] };
  const conditions = job.queryConditions;
  if (conditions) {
    request.queryConditions = {
      ...(conditions.filters ? { filters: conditions.filters } : {}),
      ...(typeof conditions.limit === 'number' ? { limit: conditions.limit } : {}),
    };
  }
  return request;
}
