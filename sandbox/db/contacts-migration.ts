/** Tables of contacts, organizations, identifiers and merges (filled by the contacts work). */
export const CONTACTS_AND_ORGANIZATIONS_MIGRATION = `SELECT 1;`;
