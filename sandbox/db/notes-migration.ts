/** Tables of notes and relationships (filled by the notes work). */
export const NOTES_AND_RELATIONSHIPS_MIGRATION = `SELECT 1;`;
