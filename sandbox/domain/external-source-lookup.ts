import type { SqliteDatabase } from '../db/connection.ts';
import { createExternalSourcesRepo } from '../db/sources-repo.ts';
import { cachedSourceLookup } from './entity-views.ts';
import type { ExternalSourceLookup } from './entity-views.ts';
import { externalSourceJson } from './source-service.ts';

/**
 * What a record view reads its `expand=externalSources` from (entity-views.ts): made once per
 * service, each call gives a lookup that reads a source once however many ids name it.
 */
export function externalSourceLookups(db: SqliteDatabase): () => ExternalSourceLookup {
  const sources = createExternalSourcesRepo(db);
  return () =>
    cachedSourceLookup((id) => {
      const record = sources.find(id);
      return record === null ? null : externalSourceJson(record);
    });
}
