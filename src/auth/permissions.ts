/**
 * Genesys permissions are `domain:entity:action` strings. How users/me reports wildcard grants is
 * undocumented, so a `*` in any segment of a granted permission is treated as matching anything.
 */
export function permissionMatches(granted: string, required: string): boolean {
  const grantedParts = granted.split(':');
  const requiredParts = required.split(':');
  if (grantedParts.length !== requiredParts.length) return false;
  return grantedParts.every((part, index) => part === '*' || part === requiredParts[index]);
}

export function hasPermission(granted: readonly string[], required: string): boolean {
  return granted.some((permission) => permissionMatches(permission, required));
}

/** The API's "ANY" rule: at least one of the listed permissions. */
export function hasAnyPermission(granted: readonly string[], required: readonly string[]): boolean {
  return required.some((permission) => hasPermission(granted, permission));
}
