import type { DataSchema, DataSchemaListing } from '../../src/models/data-schema.ts';
import type {
  DataSchemaVersionRecord,
  SchemaCreator,
  SchemaTarget,
} from '../db/data-schemas-repo.ts';

const SEGMENTS: Readonly<Record<SchemaTarget, string>> = {
  contact: 'contacts',
  organization: 'organizations',
};

const APPLIES_TO: Readonly<Record<SchemaTarget, string>> = {
  contact: 'CONTACT',
  organization: 'EXTERNAL_ORGANIZATION',
};

export function schemasUri(target: SchemaTarget): string {
  return `/api/v2/externalcontacts/${SEGMENTS[target]}/schemas`;
}

export function schemaUri(target: SchemaTarget, id: string): string {
  return `${schemasUri(target)}/${id}`;
}

/** Users resolve under /users; OAuth clients (client credentials) under /oauth/clients. */
function creatorRef(creator: SchemaCreator): { id: string; selfUri: string } {
  const base = creator.kind === 'user' ? '/api/v2/users' : '/api/v2/oauth/clients';
  return { id: creator.id, selfUri: `${base}/${creator.id}` };
}

/** `versioned` = the entry of a versions listing or version GET: its selfUri names the version. */
export function dataSchemaJson(record: DataSchemaVersionRecord, versioned = false): DataSchema {
  const self = schemaUri(record.target, record.id);
  return {
    id: record.id,
    name: record.name,
    version: record.version,
    appliesTo: [APPLIES_TO[record.target]],
    enabled: record.enabled,
    jsonSchema: record.jsonSchema,
    createdBy: creatorRef(record.createdBy),
    dateCreated: record.dateCreated,
    selfUri: versioned ? `${self}/versions/${record.version}` : self,
  };
}

export function dataSchemaListingJson(
  records: readonly DataSchemaVersionRecord[],
  selfUri: string,
  versioned = false,
): DataSchemaListing {
  return {
    entities: records.map((record) => dataSchemaJson(record, versioned)),
    total: records.length,
    selfUri,
  };
}
