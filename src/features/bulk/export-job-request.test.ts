import { describe, expect, it } from 'vitest';
import {
  buildExportRequest,
  dayBoundary,
  emptyExportForm,
  repeatRequest,
} from './export-job-request';

describe('the export request a form makes', () => {
  it('exports everything of a kind with no filters', () => {
    expect(buildExportRequest(emptyExportForm('contacts'))).toEqual({
      ok: true,
      request: { divisionIds: [] },
    });
  });

  it('sends the division as divisionIds and one filter on its own', () => {
    const built = buildExportRequest({
      ...emptyExportForm('contacts'),
      divisionId: 'd1',
      contactTypes: ['Curated'],
    });
    expect(built).toEqual({
      ok: true,
      request: {
        divisionIds: ['d1'],
        queryConditions: { filters: { eq: { field: 'ContactClassification', value: 'Curated' } } },
      },
    });
  });

  it('joins several filters with and, with local days as instants and the limit', () => {
    const built = buildExportRequest({
      ...emptyExportForm('contacts'),
      contactTypes: ['Identified', 'Curated'],
      organization: { id: 'o1', name: 'Acme' },
      externalSourceId: 'src1',
      schemaId: 's1',
      createdFrom: '2026-03-01',
      modifiedTo: '2026-03-31',
      limit: '1,000',
    });
    if (!built.ok) throw new Error(JSON.stringify(built.errors));
    expect(built.request.queryConditions).toEqual({
      filters: {
        and: [
          { in: { field: 'ContactClassification', values: ['Curated', 'Identified'] } },
          { eq: { field: 'ExternalOrganizationId', value: 'o1' } },
          { eq: { field: 'ExternalSourceId', value: 'src1' } },
          { eq: { field: 'SchemaId', value: 's1' } },
          { gte: { field: 'CreateDate', value: new Date(2026, 2, 1).toISOString() } },
          {
            lte: {
              field: 'ModifyDate',
              value: new Date(2026, 2, 31, 23, 59, 59, 999).toISOString(),
            },
          },
        ],
      },
      limit: 1000,
    });
  });

  it('leaves out every type when all are checked, and filters the kind does not take', () => {
    const built = buildExportRequest({
      ...emptyExportForm('notes'),
      contactTypes: ['Curated', 'Identified', 'Ephemeral'],
      schemaId: 's1',
      organization: { id: 'o1' },
      noteEntity: 'organization',
    });
    expect(built).toEqual({
      ok: true,
      request: {
        divisionIds: [],
        queryConditions: { filters: { eq: { field: 'EntityType', value: 'organization' } } },
      },
    });
    const all = buildExportRequest({
      ...emptyExportForm('contacts'),
      contactTypes: ['Curated', 'Identified', 'Ephemeral'],
    });
    expect(all).toEqual({ ok: true, request: { divisionIds: [] } });
  });

  it('says what to fix: reversed or impossible days, and a limit out of range', () => {
    const built = buildExportRequest({
      ...emptyExportForm('organizations'),
      createdFrom: '2026-04-02',
      createdTo: '2026-04-01',
      modifiedFrom: '2026-02-31',
      limit: '0',
    });
    expect(built).toEqual({
      ok: false,
      errors: {
        createdTo: 'The last day created is before the first day.',
        modifiedFrom: 'Enter the first day changed as a date.',
        limit: 'Enter a whole number from 1 to 180,000,000, or leave it empty for every row.',
      },
    });
    expect(buildExportRequest({ ...emptyExportForm('notes'), limit: '180000001' }).ok).toBe(false);
    expect(buildExportRequest({ ...emptyExportForm('notes'), limit: '2.5' }).ok).toBe(false);
  });

  it('reads a day as the user’s local day', () => {
    expect(dayBoundary('2026-01-31', false)?.getTime()).toBe(new Date(2026, 0, 31).getTime());
    expect(dayBoundary('2026-01-31', true)?.getTime()).toBe(new Date(2026, 1, 1).getTime() - 1);
    expect(dayBoundary('31/01/2026', false)).toBeNull();
  });
});

describe('starting a listed job again', () => {
  it('sends its divisions and conditions back as the API listed them', () => {
    const filters = { not: { eq: { field: 'DivisionId', value: 'd1' } } };
    expect(
      repeatRequest({
        id: 'j1',
        status: 'FAILED',
        divisionIds: ['d2'],
        queryConditions: { filters, limit: 10 },
      }),
    ).toEqual({ divisionIds: ['d2'], queryConditions: { filters, limit: 10 } });
    expect(repeatRequest({ id: 'j2', divisionIds: null, queryConditions: null })).toEqual({
      divisionIds: [],
    });
  });
});
