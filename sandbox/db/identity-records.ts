/** Row shapes of the identity tables, as the repositories hand them out (camelCase, no SQL). */

export interface OrganizationRecord {
  id: string;
  name: string;
  domain: string;
}

export interface DivisionRecord {
  id: string;
  name: string;
  description: string;
  isHome: boolean;
}

export interface RoleRecord {
  id: string;
  name: string;
  /** One line shown on the sign-in page. */
  description: string;
  permissions: readonly string[];
}

export type UserState = 'active' | 'inactive' | 'deleted';

export interface UserRecord {
  id: string;
  name: string;
  email: string;
  username: string;
  title: string | null;
  department: string | null;
  state: UserState;
  divisionId: string;
  divisionName: string;
  version: number;
}

export type GrantType = 'implicit' | 'client_credentials';

export interface OAuthClientRecord {
  id: string;
  name: string;
  grantType: GrantType;
  /** sha256 of the secret; null for public (implicit) clients. */
  secretHash: string | null;
  /** Exact redirect URIs registered on top of the loopback rule. */
  redirectUris: readonly string[];
  allowLoopbackRedirects: boolean;
  /** Role the client acts with under client credentials; null for implicit clients. */
  roleId: string | null;
}
