import type { SqliteDatabase } from '../db/connection.ts';
import { createTrustorsRepo } from '../db/trustors-repo.ts';
import type { TrustorRecord } from '../db/trustors-repo.ts';
import { notFound } from '../errors.ts';
import type { QueryRecord } from '../http/query-params.ts';
import { pageListing, pageOffset, parsePaging } from './paging.ts';
import type { PageListing } from './paging.ts';

/**
 * Org authorization as an External Contacts admin sees it: the orgs that trust this one
 * (Genesys' `Trustor`), which an external organization can be linked to.
 */

export const TRUSTORS_PATH = '/api/v2/orgauthorization/trustors';
/** The SDK documents the default (25); the maximum is undocumented, 100 is inferred. */
export const TRUSTOR_PAGING = { defaultSize: 25, maxSize: 100 };

export interface TrustorJson {
  id: string;
  enabled: boolean;
  dateCreated: string;
  createdBy: Record<string, unknown>;
  organization: {
    id: string;
    name: string;
    thirdPartyOrgName: string;
    domain: string;
    version: number;
    state: 'active';
    selfUri: string;
  };
  selfUri: string;
}

export const trustorUri = (id: string) => `${TRUSTORS_PATH}/${id}`;

/**
 * A Trustor as GET /orgauthorization/trustors answers it. `authorization` (what a trustee user
 * may do in the trustor org) is left out: it describes a user of a trust, and the sandbox has no
 * trustee users.
 */
export function trustorJson(trustor: TrustorRecord): TrustorJson {
  const organization = {
    id: trustor.id,
    name: trustor.name,
    thirdPartyOrgName: trustor.thirdPartyOrgName,
    domain: trustor.domain,
    version: 1,
    state: 'active' as const,
    selfUri: `/api/v2/organizations/${trustor.id}`,
  };
  return {
    id: trustor.id,
    enabled: trustor.enabled,
    dateCreated: trustor.dateCreated,
    // The granting user belongs to the trustor org: say so, as OrgUser's `organization` does.
    createdBy: { ...trustor.createdBy, organization: { id: trustor.id, name: trustor.name } },
    organization,
    selfUri: trustorUri(trustor.id),
  };
}

export function trustorNotFound(id: string) {
  return notFound(`The trustor organization ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'trustor' },
  ]);
}

export function createTrustorService(db: SqliteDatabase) {
  const trustors = createTrustorsRepo(db);
  return {
    find: (id: string): TrustorRecord | null => trustors.find(id),

    /** Unknown ids answer 404 whatever their form: no org has them. */
    require(id: string): TrustorRecord {
      const trustor = trustors.find(id);
      if (trustor === null) throw trustorNotFound(id);
      return trustor;
    },

    list(query: QueryRecord): PageListing<TrustorJson> {
      const paging = parsePaging(query, TRUSTOR_PAGING);
      const page = trustors.list(pageOffset(paging), paging.pageSize);
      return pageListing(page.rows.map(trustorJson), page.total, paging, TRUSTORS_PATH, query);
    },
  };
}

export type TrustorService = ReturnType<typeof createTrustorService>;
