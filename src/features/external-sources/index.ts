/** What other features use of external sources: every source of the org, for a record form's picker. */
export { allSourcesQueryOptions, useAllExternalSources } from './api';
