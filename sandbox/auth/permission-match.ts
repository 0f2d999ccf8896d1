/**
 * Whether one granted permission covers a required one. Granted strings may use `*` for a whole
 * segment (`externalContacts:*:*`, `externalContacts:contact:*`), as Genesys roles and the
 * permission list of /users/me can.
 */
export function permissionCovers(granted: string, required: string): boolean {
  const grantedParts = granted.split(':');
  const requiredParts = required.split(':');
  if (grantedParts.length !== requiredParts.length) return false;
  return grantedParts.every((part, index) => part === '*' || part === requiredParts[index]);
}

export function hasPermission(granted: readonly string[], required: string): boolean {
  return granted.some((permission) => permissionCovers(permission, required));
}

export function hasAnyPermission(granted: readonly string[], required: readonly string[]): boolean {
  return required.some((permission) => hasPermission(granted, permission));
}

/** The required permissions not covered, in the order asked, for a `missing.permissions` error. */
export function missingFrom(granted: readonly string[], required: readonly string[]): string[] {
  return required.filter((permission) => !hasPermission(granted, permission));
}
