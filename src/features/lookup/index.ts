/** What other features use of the lookup: its query keys, dropped when a claim changes. */
export { lookupKeys } from './api';
