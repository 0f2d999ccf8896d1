import type { Rng } from './random.ts';
import type { RelationshipBody } from './seed-types.ts';

export interface RelationshipGenerationOptions {
  organizationIds: readonly string[];
  userIds: readonly string[];
}

export const RELATIONSHIP_ROLES = [
  'Account Manager',
  'Technical Contact',
  'Executive Sponsor',
  'Sales Engineer',
  'Implementation Consultant',
  'Customer Success Manager',
  'Support Lead',
];

/**
 * Zero to three relationships per organization, each with a different user and role (a user is
 * not linked twice to the same organization).
 */
export function generateRelationships(
  rng: Rng,
  options: RelationshipGenerationOptions,
): RelationshipBody[] {
  const relationships: RelationshipBody[] = [];
  if (options.userIds.length === 0) return relationships;
  for (const organizationId of options.organizationIds) {
    const wanted = Math.min(rng.int(0, 3), options.userIds.length, RELATIONSHIP_ROLES.length);
    const users = new Set<string>();
    const roles = new Set<string>();
    while (users.size < wanted) users.add(rng.pick(options.userIds));
    while (roles.size < wanted) roles.add(rng.pick(RELATIONSHIP_ROLES));
    const roleList = [...roles];
    [...users].forEach((userId, index) => {
      relationships.push({
        user: { id: userId },
        externalOrganization: { id: organizationId },
        relationship: roleList[index] ?? 'Account Manager',
      });
    });
  }
  return relationships;
}
