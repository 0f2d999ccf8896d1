import { DEMO_TRUSTOR_IDS } from '../db/trustors-migration.ts';

/**
 * Which demo external organizations (by their place in the generated list) represent a trustor
 * org. Chosen away from the top of the name-sorted list, which the console's e2e walks open
 * expecting an organization without a trustor. The disabled trust (Fabrikam) stays unlinked, so
 * the console's trustor picker offers it.
 */
export const DEMO_TRUSTOR_LINKS: readonly { organizationIndex: number; trustorId: string }[] = [
  { organizationIndex: 7, trustorId: DEMO_TRUSTOR_IDS.northwind },
  { organizationIndex: 11, trustorId: DEMO_TRUSTOR_IDS.contoso },
];
