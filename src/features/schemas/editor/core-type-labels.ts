import type { CoreTypeName } from '@/models/data-schema';

/** The core types in words, as the field list, the side panel and the diff name them. */
export const CORE_TYPE_LABELS: Record<CoreTypeName, string> = {
  text: 'Text',
  longtext: 'Long text',
  url: 'URL',
  identifier: 'Identifier',
  enum: 'List of values (enum)',
  date: 'Date',
  datetime: 'Date and time',
  integer: 'Whole number (integer)',
  number: 'Number',
  checkbox: 'Checkbox',
  tag: 'Tags',
};
