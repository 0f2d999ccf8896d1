import {
  CONTACT_CSV_COLUMNS,
  IMPORTABLE_COLUMNS,
  NAME_FIELDS,
  NAME_KEYS,
  columnByKey,
} from './contact-csv-columns';

/** `''` = the column is ignored. */
export type ColumnMapping = readonly string[];

const normalise = (text: string) => text.toLowerCase().replace(/[\s_\-.]+/g, '');

const LOOKUP = new Map<string, string>();
for (const column of IMPORTABLE_COLUMNS) {
  for (const name of [column.header, column.key, ...column.aliases]) {
    const normalised = normalise(name);
    if (!LOOKUP.has(normalised)) LOOKUP.set(normalised, column.key);
  }
}

/** The contact field a header names ("First name", firstName, "E-mail", "Mobile"…), or ''. */
export function fieldForHeader(header: string): string {
  return LOOKUP.get(normalise(header)) ?? '';
}

/** Headers an export writes for people to read (Id, Organization name, Division). */
const REFERENCE_ONLY = new Set(
  CONTACT_CSV_COLUMNS.filter((column) => column.forReference).flatMap((column) =>
    [column.header, column.key, ...column.aliases].map(normalise),
  ),
);

/**
 * A column an exported file holds for reference only: ignored on import as a known column, not
 * reported as one the import does not recognise.
 */
export function isReferenceOnlyHeader(header: string): boolean {
  return fieldForHeader(header) === '' && REFERENCE_ONLY.has(normalise(header));
}

/**
 * A field for each header by its name; when two headers name the same field only the first is
 * mapped (the other stays ignored, and the user can choose otherwise).
 */
export function autoMap(headers: readonly string[]): ColumnMapping {
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = fieldForHeader(header);
    if (key === '' || taken.has(key)) return '';
    taken.add(key);
    return key;
  });
}

/** What stops an import before any row is read: the messages say how to fix the mapping. */
export function mappingProblems(mapping: ColumnMapping): string[] {
  const problems: string[] = [];
  if (!mapping.some((key) => NAME_KEYS.includes(key))) {
    const names = NAME_FIELDS.map((field) => field.label).join(' or ');
    problems.push(`Map a column to ${names}: every contact needs a name.`);
  }
  const seen = new Set<string>();
  for (const key of mapping) {
    if (key === '') continue;
    if (seen.has(key)) {
      problems.push(
        `Two columns are mapped to ${columnByKey(key)?.header ?? key}: map one of them to another field or ignore it.`,
      );
    }
    seen.add(key);
  }
  return [...new Set(problems)];
}
