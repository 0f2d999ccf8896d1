import type { ExternalContact } from '@/models/contact-fields';
import { isPresent, MERGE_FIELDS, valueKey, type MergeField } from '@/models/merge-fields';

/** One field of a cluster's contacts side by side: each contact's value as text ('' = none). */
export interface FieldComparison {
  field: MergeField;
  cells: string[];
  /** Not every contact holds the same value (a missing value counts as different). */
  differs: boolean;
}

/**
 * The fields any of the contacts has, compared as a merge compares them (phones by E.164,
 * emails without case), differing ones first in field order, then the ones all share. Pure.
 */
export function compareFields(contacts: readonly ExternalContact[]): FieldComparison[] {
  const compared = MERGE_FIELDS.flatMap((field): FieldComparison[] => {
    const values = contacts.map((contact) => field.read(contact));
    if (!values.some(isPresent)) return [];
    const keys = new Set(values.map((value) => (isPresent(value) ? valueKey(field, value) : '')));
    return [
      {
        field,
        cells: values.map((value) => (isPresent(value) ? field.format(value) : '')),
        differs: keys.size > 1,
      },
    ];
  });
  return [...compared.filter((row) => row.differs), ...compared.filter((row) => !row.differs)];
}
