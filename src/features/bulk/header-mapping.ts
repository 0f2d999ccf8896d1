import { exportPaths, importPaths } from '@/models/record-fields';
import type { ImportCsvColumn } from './contact-csv-columns';
import {
  customFieldForHeader,
  customFieldKeyOf,
  customFieldOptions,
  type ImportSchema,
} from './csv-custom-fields';
import { importKind, type ImportEntity } from './import-entity';

/** `''` = the column is ignored. */
export type ColumnMapping = readonly string[];

const normalise = (text: string) => text.toLowerCase().replace(/[\s_\-.]+/g, '');

/**
 * A column's names: its header, key and aliases, and the JSON path Genesys' export job files
 * head it with (a phone's `<key>.display`, `externalOrganization.id`; an address part's key is its path
 * already), so an export job's file maps without a hand.
 */
const namesOf = (column: ImportCsvColumn<object>) => [
  column.header,
  column.key,
  ...column.aliases,
  ...(column.field && !column.part && !column.forReference ? importPaths(column.field) : []),
];

/** Each kind's headers, built once on first use. */
const lookups = new Map<ImportEntity, Map<string, string>>();
function lookupOf(entity: ImportEntity): Map<string, string> {
  let lookup = lookups.get(entity);
  if (!lookup) {
    lookup = new Map<string, string>();
    for (const column of importKind(entity).importable) {
      for (const name of namesOf(column)) {
        const normalised = normalise(name);
        if (!lookup.has(normalised)) lookup.set(normalised, column.key);
      }
    }
    lookups.set(entity, lookup);
  }
  return lookup;
}

/** A column of the kind's layout by its key. */
export const columnByKey = (key: string, entity: ImportEntity = 'contacts') =>
  importKind(entity).columns.find((column) => column.key === key);

/**
 * The field a header names ("First name", its key, "E-mail", "Mobile", a phone's `<key>.display`,
 * "Company", `Loyalty tier [loyalty_enum]`…), or ''.
 */
export function fieldForHeader(header: string, entity: ImportEntity = 'contacts'): string {
  return lookupOf(entity).get(normalise(header)) ?? customFieldForHeader(header);
}

/**
 * What export job files carry beside the fields and an import leaves to the API: the contact's
 * type, its schema's version (a write takes the schema's current one), its dates.
 */
const JOB_FILE_META = ['type', 'schema.version', 'createDate', 'modifyDate'];

/**
 * Headers an export writes for people to read (Id, Organization name, Division), and what only
 * the API derives (a phone's `e164`: the number is read from its `display`).
 */
const referenceOnly = new Map<ImportEntity, Set<string>>();
function referenceOnlyOf(entity: ImportEntity): Set<string> {
  let names = referenceOnly.get(entity);
  if (!names) {
    const { columns } = importKind(entity);
    names = new Set(
      [
        ...columns
          .filter((column) => column.forReference)
          .flatMap((column) => [column.header, column.key, ...column.aliases]),
        ...columns.flatMap((column) =>
          column.field && !column.part && column.write
            ? exportPaths(column.field).filter((path) => !importPaths(column.field!).includes(path))
            : [],
        ),
        ...JOB_FILE_META,
      ].map(normalise),
    );
    referenceOnly.set(entity, names);
  }
  return names;
}

/**
 * A column an exported file holds for reference only: ignored on import as a known column, not
 * reported as one the import does not recognise.
 */
export function isReferenceOnlyHeader(header: string, entity: ImportEntity = 'contacts'): boolean {
  return fieldForHeader(header, entity) === '' && referenceOnlyOf(entity).has(normalise(header));
}

/**
 * A field for each header by its name; when two headers name the same field only the first is
 * mapped (the other stays ignored, and the user can choose otherwise).
 */
export function autoMap(
  headers: readonly string[],
  entity: ImportEntity = 'contacts',
): ColumnMapping {
  const taken = new Set<string>();
  return headers.map((header) => {
    const key = fieldForHeader(header, entity);
    if (key === '' || taken.has(key)) return '';
    taken.add(key);
    return key;
  });
}

/** A mapping key as people know it: the column's header, a custom field's `<title> [<key>]`. */
export function mappingKeyLabel(
  key: string,
  schema?: ImportSchema | null,
  entity: ImportEntity = 'contacts',
): string {
  const custom = customFieldKeyOf(key);
  if (custom !== null) {
    return (
      (schema && customFieldOptions(schema.document).find((option) => option.key === key)?.label) ??
      `[${custom}]`
    );
  }
  return columnByKey(key, entity)?.header ?? key;
}

/**
 * What stops an import before any row is read: the messages say how to fix the mapping.
 * Custom-field columns need the schema they belong to, and each must name one of its fields.
 */
export function mappingProblems(
  mapping: ColumnMapping,
  schema: ImportSchema | null = null,
  entity: ImportEntity = 'contacts',
): string[] {
  const kind = importKind(entity);
  const problems: string[] = [];
  const customKeys = mapping.flatMap((key) => {
    const custom = customFieldKeyOf(key);
    return custom === null ? [] : [custom];
  });
  if (customKeys.length > 0 && !schema) {
    problems.push(
      'Choose the custom-field schema of the columns mapped to custom fields, or ignore those columns.',
    );
  } else if (schema) {
    const unknown = customKeys.filter((key) => !Object.hasOwn(schema.document.properties, key));
    if (unknown.length > 0) {
      problems.push(
        `The schema ${schema.name} has no field ${unknown.join(', ')}: choose the schema the file’s custom fields belong to, or ignore those columns.`,
      );
    }
  }
  if (!mapping.some((key) => kind.nameFields.some((field) => field.key === key))) {
    const names = kind.nameFields.map((field) => field.label).join(' or ');
    problems.push(`Map a column to ${names}: every ${kind.noun} needs a name.`);
  }
  const seen = new Set<string>();
  for (const key of mapping) {
    if (key === '') continue;
    if (seen.has(key)) {
      problems.push(
        `Two columns are mapped to ${mappingKeyLabel(key, schema, entity)}: map one of them to another field or ignore it.`,
      );
    }
    seen.add(key);
  }
  return [...new Set(problems)];
}
