/** What other features use of merging: the contact page's history, links and promotion. */
export { MergeHistory } from './merge-history';
export { MergeSelectedAction } from './merge-selected-action';
export { MergeWithLink } from './merge-with-link';
export { PromoteContactButton } from './promote-contact-button';
