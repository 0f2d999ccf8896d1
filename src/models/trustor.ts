/**
 * Org authorization (Genesys `Trustor`): an org that trusts the signed-in org. An external
 * organization can be linked to one to say "this company is that Genesys Cloud org". Read from
 * GET /api/v2/orgauthorization/trustors and embedded in an organization with `includeTrustors`.
 */

export interface TrustorOrganization {
  id: string;
  name?: string;
  domain?: string;
}

export interface Trustor {
  /** The trustor org's id: what PUT …/organizations/{id}/trustor/{trustorId} takes. */
  id: string;
  /** False: the trustor org has suspended the trust (its users' access), the link still exists. */
  enabled?: boolean;
  /** When the trust was granted (not when the external organization was linked). */
  dateCreated?: string;
  createdBy?: { id?: string; name?: string };
  organization?: TrustorOrganization;
  selfUri?: string;
}

/** TrustorEntityListing: page paging, as the other Genesys listings. */
export interface TrustorListing {
  entities?: Trustor[];
  pageSize?: number;
  pageNumber?: number;
  total?: number;
  pageCount?: number;
}

/** What to call a trustor: its org's name; a link stored before the name was known shows the id. */
export const trustorName = (trustor: Trustor): string => trustor.organization?.name ?? trustor.id;
