/** Tables of custom-field schemas and their versions (filled by the schemas work). */
export const DATA_SCHEMAS_MIGRATION = `SELECT 1;`;
