import type {
  DivisionRecord,
  OrganizationRecord,
  RoleRecord,
  UserRecord,
} from '../db/identity-records.ts';

/** JSON shapes of the identity models (User, UserMe, AuthzDivision…), as Genesys returns them. */

export interface DivisionRefJson {
  id: string;
  name: string;
  selfUri: string;
}

export interface UserJson {
  id: string;
  name: string;
  division: DivisionRefJson;
  email: string;
  primaryContactInfo: { address: string; mediaType: 'EMAIL'; type: 'PRIMARY' }[];
  addresses: never[];
  state: UserRecord['state'];
  username: string;
  version: number;
  selfUri: string;
  title?: string;
  department?: string;
}

export interface UserAuthorizationJson {
  roles: { id: string; name: string }[];
  unusedRoles: never[];
  permissions: string[];
  permissionPolicies: never[];
}

export interface OrganizationJson {
  id: string;
  name: string;
  domain: string;
  state: 'active';
  version: number;
  selfUri: string;
}

export interface UserMeJson extends UserJson {
  authorization?: UserAuthorizationJson;
  organization?: OrganizationJson;
}

export interface DivisionJson {
  id: string;
  name: string;
  description: string;
  homeDivision: boolean;
  selfUri: string;
}

export function divisionSelfUri(divisionId: string): string {
  return `/api/v2/authorization/divisions/${divisionId}`;
}

/** Genesys leaves unset fields out rather than sending null, so optional ones are added only if set. */
export function userJson(user: UserRecord): UserJson {
  const json: UserJson = {
    id: user.id,
    name: user.name,
    division: {
      id: user.divisionId,
      name: user.divisionName,
      selfUri: divisionSelfUri(user.divisionId),
    },
    email: user.email,
    primaryContactInfo: [{ address: user.email, mediaType: 'EMAIL', type: 'PRIMARY' }],
    addresses: [],
    state: user.state,
    username: user.username,
    version: user.version,
    selfUri: `/api/v2/users/${user.id}`,
  };
  if (user.title !== null) json.title = user.title;
  if (user.department !== null) json.department = user.department;
  return json;
}

export function userAuthorizationJson(
  roles: readonly RoleRecord[],
  permissions: readonly string[],
): UserAuthorizationJson {
  return {
    roles: roles.map((role) => ({ id: role.id, name: role.name })),
    unusedRoles: [],
    permissions: [...permissions],
    permissionPolicies: [],
  };
}

export function organizationJson(organization: OrganizationRecord): OrganizationJson {
  return {
    id: organization.id,
    name: organization.name,
    domain: organization.domain,
    state: 'active',
    version: 1,
    selfUri: `/api/v2/organizations/${organization.id}`,
  };
}

export function divisionJson(division: DivisionRecord): DivisionJson {
  return {
    id: division.id,
    name: division.name,
    description: division.description,
    homeDivision: division.isHome,
    selfUri: divisionSelfUri(division.id),
  };
}
