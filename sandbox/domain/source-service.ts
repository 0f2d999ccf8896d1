import { randomUUID } from 'node:crypto';
import { externalSourceWriteSchema } from '../../src/models/external-source.ts';
import type { ExternalSourceWrite } from '../../src/models/external-source.ts';
import { createExternalSourcesRepo } from '../db/sources-repo.ts';
import type { ExternalSourceRecord } from '../db/sources-repo.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import type { ApiProblem } from '../errors.ts';
import { invalidField, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';

export const EXTERNAL_SOURCES_PATH = '/api/v2/externalcontacts/externalsources';

/** The ExternalSource model: it has no version or dates, so the sandbox sends none. */
export interface ExternalSourceJson {
  id: string;
  name: string;
  active: boolean;
  linkConfiguration?: { uriTemplate: string };
  selfUri: string;
}

export function externalSourceJson(record: ExternalSourceRecord): ExternalSourceJson {
  const json: ExternalSourceJson = {
    id: record.id,
    name: record.name,
    active: record.active,
    selfUri: `${EXTERNAL_SOURCES_PATH}/${record.id}`,
  };
  if (record.uriTemplate !== null) json.linkConfiguration = { uriTemplate: record.uriTemplate };
  return json;
}

function sourceNotFound(id: string): ApiProblem {
  return notFound(`The external source ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'externalSource' },
  ]);
}

/** Create, replace and delete of external sources; names are unique ignoring case. */
export function createSourceService(db: SqliteDatabase) {
  const sources = createExternalSourcesRepo(db);

  function requireSource(id: string): ExternalSourceRecord {
    const record = sources.find(id);
    if (record === null) throw sourceNotFound(id);
    return record;
  }

  function checkNameFree(write: ExternalSourceWrite, ownId: string | null): void {
    const clash = sources.findByName(write.name);
    if (clash !== null && clash.id !== ownId) {
      throw invalidField(
        'name',
        `An external source named "${clash.name}" already exists. Names are unique, ignoring case.`,
      );
    }
  }

  return {
    sources,
    requireSource,
    create(body: unknown): ExternalSourceRecord {
      const write = parseBody(externalSourceWriteSchema, body);
      checkNameFree(write, null);
      const record: ExternalSourceRecord = {
        id: randomUUID(),
        name: write.name,
        active: write.active ?? true,
        uriTemplate: write.linkConfiguration?.uriTemplate ?? null,
      };
      sources.insert(record);
      return record;
    },
    /** PUT replaces the source; an omitted `active` keeps the current value, not a reset. */
    replace(id: string, body: unknown): ExternalSourceRecord {
      const existing = requireSource(id);
      const write = parseBody(externalSourceWriteSchema, body);
      checkNameFree(write, id);
      const record: ExternalSourceRecord = {
        id,
        name: write.name,
        active: write.active ?? existing.active,
        uriTemplate: write.linkConfiguration?.uriTemplate ?? null,
      };
      sources.update(record);
      return record;
    },
    /** Records that name the source keep its id (domain-rules §11): nothing else changes. */
    remove(id: string): void {
      if (!sources.remove(id)) throw sourceNotFound(id);
    },
  };
}

export type SourceService = ReturnType<typeof createSourceService>;
