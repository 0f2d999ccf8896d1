/** What other features use of bulk work: the contacts list's actions on its selection. */
export { BulkSelectedActions } from './bulk-selected-actions';
/** "Edit selected" for the contacts and organizations lists' selection bars. */
export { BulkEditSelected } from './bulk-edit-selected';
