/** Tables of external sources, conversation links and journey data (filled by that work). */
export const SOURCES_CONVERSATIONS_JOURNEY_MIGRATION = `SELECT 1;`;
