import { PERMISSIONS } from '@/models/permissions';

/** The ANY lists endpoints.md gives the merge and promotion routes. */
export const MERGE_PERMISSIONS = PERMISSIONS.identity.merge;
export const PROMOTE_PERMISSIONS = PERMISSIONS.identity.promote;
/** Division names on the merge screen come from the divisions the user may view contacts in. */
export const MERGE_DIVISION_PERMISSION = PERMISSIONS.contact.divisionView[0];
