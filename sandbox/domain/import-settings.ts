import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { CONTACT_FIELDS } from '../../src/models/contact-fields.ts';
import { FIELD_KEY_PATTERN } from '../../src/models/data-schema.ts';
import { importPaths } from '../../src/models/record-fields.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { createImportsRepo } from '../db/imports-repo.ts';
import type { CsvSettingsRecord, ImportSettingsRecord } from '../db/imports-repo.ts';
import { createExternalSourcesRepo } from '../db/sources-repo.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';

/**
 * Import settings (`ContactImportSettings`: identity resolution and which fields to import) and
 * CSV settings (`CsvSettings`: CSV column → contact field). Field names in both are the contact's
 * JSON paths (a text field's key, a phone's `<key>.display`, `address.city`, …).
 */

export const IMPORT_BASE = '/api/v2/externalcontacts/import';

/** Contact fields a CSV column can fill (what a person types; phones normalised on write). */
export const IMPORT_TARGET_FIELDS = CONTACT_FIELDS.flatMap(importPaths) as [string, ...string[]];

/**
 * Custom fields, undocumented by Genesys for CSV settings: a column fills `customFields.<key>`
 * (the path the contact's JSON and Genesys' export files use), and a `schema.id` column names
 * the schema of the row's values (written against its current version). The key's core-type
 * suffix says how its cell is read (import-rows.ts).
 */
export const SCHEMA_TARGET = 'schema.id';
const CUSTOM_TARGET = new RegExp(`^customFields\\.${FIELD_KEY_PATTERN.source.slice(1)}`);

/**
 * External ids, undocumented by Genesys for CSV settings (`matchingCriteria` has only Email and
 * Phone, yet the import settings require an `externalSourceId`, "the source system … they can
 * collect this id from contact service"). The sandbox's reading: a column mapped to
 * `externalIds.value` is each row's id in that source, written as the contact's external id of
 * it, and a row whose id a contact already holds is that contact's match (import-rows.ts).
 */
export const EXTERNAL_ID_TARGET = 'externalIds.value';

const isTarget = (value: string) =>
  (IMPORT_TARGET_FIELDS as readonly string[]).includes(value) ||
  value === SCHEMA_TARGET ||
  value === EXTERNAL_ID_TARGET ||
  CUSTOM_TARGET.test(value);
const TARGET_MESSAGE = `must be one of ${IMPORT_TARGET_FIELDS.join(', ')}, ${SCHEMA_TARGET}, ${EXTERNAL_ID_TARGET} or customFields.<field key>.`;

const MAX_MAPPINGS = 100;
const targetField = z.string({ error: `targetField ${TARGET_MESSAGE}` }).refine(isTarget, {
  error: `targetField ${TARGET_MESSAGE}`,
});
const text = (label: string, max: number) =>
  z
    .string({ error: `${label} is required.` })
    .trim()
    .min(1, `${label} is required.`)
    .max(max, `${label} must be at most ${max} characters.`);

export const csvSettingsSchema = z.object({
  externalSettingsId: text('externalSettingsId', 255).nullish(),
  mappings: z
    .array(z.object({ sourceField: text('sourceField', 1000), targetField }), {
      error: 'mappings is required: a list of {sourceField, targetField}.',
    })
    .min(1, 'mappings must hold at least one mapping.')
    .max(MAX_MAPPINGS, `mappings holds at most ${MAX_MAPPINGS} mappings.`),
});

export const importSettingsSchema = z.object({
  name: text('name', 200),
  matchingCriteria: z
    .array(z.enum(['Email', 'Phone'], { error: 'matchingCriteria values are Email or Phone.' }), {
      error: 'matchingCriteria must be a list.',
    })
    .nullish()
    .transform((values) => [...new Set(values ?? [])]),
  mergeContacts: z.boolean({ error: 'mergeContacts is required: true or false.' }),
  externalSourceId: text('externalSourceId', 255),
  importFields: z
    .array(
      z.object({
        name: z.string({ error: `name ${TARGET_MESSAGE}` }).refine(isTarget, {
          error: `name ${TARGET_MESSAGE}`,
        }),
        included: z.boolean({ error: 'included is required: true or false.' }),
      }),
      { error: 'importFields is required: a list of {name, included}.' },
    )
    .max(MAX_MAPPINGS, `importFields holds at most ${MAX_MAPPINGS} fields.`),
});

export type ImportSettingsDoc = z.output<typeof importSettingsSchema>;

function csvSettingsNotFound(id: string) {
  return notFound(`The CSV settings ${id} were not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'csvSettings' },
  ]);
}

function importSettingsNotFound(id: string) {
  return notFound(`The import settings ${id} were not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'importSettings' },
  ]);
}

export function csvSettingsJson(record: CsvSettingsRecord): Record<string, unknown> {
  return {
    id: record.id,
    ...(record.externalSettingsId === null
      ? {}
      : { externalSettingsId: record.externalSettingsId }),
    mappings: record.mappings,
    selfUri: `${IMPORT_BASE}/csv/settings/${record.id}`,
  };
}

export function importSettingsJson(record: ImportSettingsRecord): Record<string, unknown> {
  return {
    id: record.id,
    name: record.name,
    ...record.doc,
    dateCreated: record.dateCreated,
    selfUri: `${IMPORT_BASE}/settings/${record.id}`,
  };
}

export function createImportSettingsService(db: SqliteDatabase, now: () => string) {
  const repo = createImportsRepo(db);
  const sources = createExternalSourcesRepo(db);

  function parseCsvSettings(body: unknown) {
    const write = parseBody(csvSettingsSchema, body);
    const targets = write.mappings.map((mapping) => mapping.targetField);
    const repeated = targets.find((target, index) => targets.indexOf(target) !== index);
    if (repeated !== undefined) {
      throw invalidField('mappings', `Two mappings fill the field ${repeated}; map it once.`);
    }
    const external = write.externalSettingsId ?? null;
    if (external !== null && repo.findSettings(external) === null) {
      throw invalidField('externalSettingsId', `The import settings ${external} do not exist.`);
    }
    return { external, mappings: write.mappings };
  }

  function parseImportSettings(body: unknown): ImportSettingsDoc {
    const write = parseBody(importSettingsSchema, body);
    if (sources.find(write.externalSourceId) === null) {
      throw invalidField(
        'externalSourceId',
        `The external source ${write.externalSourceId} does not exist.`,
      );
    }
    return write;
  }

  const docOf = (write: ImportSettingsDoc): Record<string, unknown> => ({
    matchingCriteria: write.matchingCriteria,
    mergeContacts: write.mergeContacts,
    externalSourceId: write.externalSourceId,
    importFields: write.importFields,
  });

  const service = {
    repo,
    requireCsvSettings(id: string): CsvSettingsRecord {
      const record = repo.findCsvSettings(id);
      if (record === null) throw csvSettingsNotFound(id);
      return record;
    },
    createCsvSettings(body: unknown): CsvSettingsRecord {
      const { external, mappings } = parseCsvSettings(body);
      const id = randomUUID();
      repo.insertCsvSettings(id, external, mappings);
      return service.requireCsvSettings(id);
    },
    replaceCsvSettings(id: string, body: unknown): CsvSettingsRecord {
      service.requireCsvSettings(id);
      const { external, mappings } = parseCsvSettings(body);
      repo.updateCsvSettings(id, external, mappings);
      return service.requireCsvSettings(id);
    },
    /** Jobs keep the id of settings deleted after they ran; they only read them when created. */
    removeCsvSettings(id: string): void {
      if (!repo.deleteCsvSettings(id)) throw csvSettingsNotFound(id);
    },

    requireSettings(id: string): ImportSettingsRecord {
      const record = repo.findSettings(id);
      if (record === null) throw importSettingsNotFound(id);
      return record;
    },
    createSettings(body: unknown): ImportSettingsRecord {
      const write = parseImportSettings(body);
      const id = randomUUID();
      repo.insertSettings(id, write.name, docOf(write), now());
      return service.requireSettings(id);
    },
    replaceSettings(id: string, body: unknown): ImportSettingsRecord {
      service.requireSettings(id);
      const write = parseImportSettings(body);
      repo.updateSettings(id, write.name, docOf(write));
      return service.requireSettings(id);
    },
    removeSettings(id: string): void {
      if (!repo.deleteSettings(id)) throw importSettingsNotFound(id);
    },
  };
  return service;
}

export type ImportSettingsService = ReturnType<typeof createImportSettingsService>;
