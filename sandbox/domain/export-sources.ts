import { CONTACT_FIELDS } from '../../src/models/contact-fields.ts';
import { ORGANIZATION_FIELDS } from '../../src/models/organization-fields.ts';
import { exportPaths, type RecordField } from '../../src/models/record-fields.ts';
import { createDataSchemasRepo } from '../db/data-schemas-repo.ts';
import type { SchemaTarget } from '../db/data-schemas-repo.ts';
import { createNotesRepo } from '../db/notes-repo.ts';
import { createOrganizationsRepo } from '../db/organizations-repo.ts';
import { createRelationshipsRepo } from '../db/relationships-repo.ts';
import type { ExportKind } from '../db/exports-repo.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import type { ContactService } from './contact-service.ts';
import { at, cellText, flatten } from './export-csv.ts';
import type { CustomFieldTitle, FlatRow } from './export-csv.ts';
import type { ExportFacts } from './export-filters.ts';

/** One record read for an export: its cursor id, its CSV row and what filters may test. */
export interface ExportItem {
  id: string;
  divisionId: string;
  row: FlatRow;
  facts: ExportFacts;
}

export interface ExportSource {
  columns: readonly string[];
  /** Records in id order after `after` (merged-away contacts are not exported). */
  read(after: string, limit: number): ExportItem[];
  /** Titles of the custom fields, for kinds that have them. */
  customFieldTitle?: CustomFieldTitle;
}

/**
 * A custom field's title: from the schema's current version, else from the newest version that
 * still had the field (a record may hold a field a later version dropped).
 */
function customFieldTitles(
  schemas: ReturnType<typeof createDataSchemasRepo>,
  target: SchemaTarget,
): CustomFieldTitle {
  return (schemaId, key) => {
    const current = schemas.find(target, schemaId);
    const fromCurrent = current?.jsonSchema.properties[key]?.title;
    if (fromCurrent !== undefined) return fromCurrent;
    return schemas
      .versions(target, schemaId)
      .sort((a, b) => b.version - a.version)
      .map((version) => version.jsonSchema.properties[key]?.title)
      .find((title) => title !== undefined);
  };
}

/** Each field's export columns (record-fields.ts exportPaths), between the record's meta columns. */
const fieldColumns = (fields: readonly RecordField[]) => fields.flatMap(exportPaths);
const META_TAIL = [
  'division.id',
  'division.name',
  'schema.id',
  'schema.version',
  'createDate',
  'modifyDate',
] as const;

export const CONTACT_COLUMNS: readonly string[] = [
  'id',
  'type',
  ...fieldColumns(CONTACT_FIELDS),
  ...META_TAIL,
];

export const ORGANIZATION_COLUMNS: readonly string[] = [
  'id',
  ...fieldColumns(ORGANIZATION_FIELDS),
  ...META_TAIL,
];

export const NOTE_COLUMNS = [
  'id',
  'entityType',
  'entityId',
  'noteText',
  'createdBy.id',
  'createdBy.name',
  'division.id',
  'createDate',
  'modifyDate',
] as const;

export const RELATIONSHIP_COLUMNS = [
  'id',
  'externalOrganization.id',
  'externalOrganization.name',
  'user.id',
  'user.name',
  'relationship',
  'division.id',
  'createDate',
  'modifyDate',
] as const;

const one = (value: unknown): string[] => {
  const text = cellText(value);
  return text === '' ? [] : [text];
};

function externalSourceIds(json: Record<string, unknown>): string[] {
  const ids = json.externalIds;
  if (!Array.isArray(ids)) return [];
  return ids.flatMap((item: unknown) => one(at(item, 'externalSource.id')));
}

/** Export readers per kind, built on the same repositories and views the API reads with. */
export function createExportSources(
  context: SandboxContext,
  contacts: ContactService,
): Record<ExportKind, ExportSource> {
  const { db, identities } = context;
  const organizations = createOrganizationsRepo(db);
  const notes = createNotesRepo(db);
  const relationships = createRelationshipsRepo(db);
  const schemas = createDataSchemasRepo(db);
  const userName = (id: string) => identities.findUser(id)?.name;
  const organizationName = (id: string) => organizations.find(id)?.doc.name;

  return {
    contacts: {
      columns: CONTACT_COLUMNS,
      customFieldTitle: customFieldTitles(schemas, 'contact'),
      read: (after, limit) =>
        contacts.contacts.scan(after, null, limit).map((record) => {
          const json = contacts.view(record, new Set(['externalOrganization']), {
            withDivisionName: true,
          });
          return {
            id: record.id,
            divisionId: record.divisionId,
            row: flatten(json, CONTACT_COLUMNS),
            facts: {
              DivisionId: [record.divisionId],
              ContactClassification: [record.type],
              ExternalOrganizationId: one(record.organizationId),
              ExternalSourceId: externalSourceIds(json),
              SchemaId: one(at(json, 'schema.id')),
              SchemaVersion: one(at(json, 'schema.version')),
              CreateDate: [record.createDate],
              ModifyDate: [record.modifyDate],
            },
          };
        }),
    },
    organizations: {
      columns: ORGANIZATION_COLUMNS,
      customFieldTitle: customFieldTitles(schemas, 'organization'),
      read: (after, limit) =>
        organizations.scan(after, null, limit).map((record) => {
          const division = identities.findDivision(record.divisionId);
          const json: Record<string, unknown> = {
            id: record.id,
            ...record.doc,
            division: { id: record.divisionId, name: division?.name },
            createDate: record.createDate,
            modifyDate: record.modifyDate,
          };
          return {
            id: record.id,
            divisionId: record.divisionId,
            row: flatten(json, ORGANIZATION_COLUMNS),
            facts: {
              DivisionId: [record.divisionId],
              SchemaId: one(at(json, 'schema.id')),
              SchemaVersion: one(at(json, 'schema.version')),
              CreateDate: [record.createDate],
              ModifyDate: [record.modifyDate],
            },
          };
        }),
    },
    notes: {
      columns: NOTE_COLUMNS,
      read: (after, limit) =>
        notes.scan(after, null, limit).map((note) => ({
          id: note.id,
          divisionId: note.divisionId,
          row: flatten(
            {
              ...note,
              createdBy: { id: note.createdBy, name: userName(note.createdBy) },
              division: { id: note.divisionId },
            },
            NOTE_COLUMNS,
          ),
          facts: {
            DivisionId: [note.divisionId],
            EntityType: [note.entityType],
            CreateDate: [note.createDate],
            ModifyDate: [note.modifyDate],
          },
        })),
    },
    relationships: {
      columns: RELATIONSHIP_COLUMNS,
      read: (after, limit) =>
        relationships.scan(after, null, limit).map((row) => ({
          id: row.id,
          divisionId: row.divisionId,
          row: flatten(
            {
              ...row,
              externalOrganization: {
                id: row.organizationId,
                name: organizationName(row.organizationId),
              },
              user: { id: row.userId, name: userName(row.userId) },
              division: { id: row.divisionId },
            },
            RELATIONSHIP_COLUMNS,
          ),
          facts: {
            DivisionId: [row.divisionId],
            UserId: [row.userId],
            CreateDate: [row.createDate],
            ModifyDate: [row.modifyDate],
          },
        })),
    },
  };
}
