import type { ApiClient } from '@/api/client';
import { dataSchemaListingSchema } from '@/models/data-schema';
import type { RecordBase } from '@/models/record-fields';
import type { CsvColumn } from './csv-field-columns';

/**
 * Custom fields as CSV columns, one per field key any exported record holds, in key order,
 * after the Schema id column. The header is `<field title> [<field key>]` ("Loyalty tier
 * [loyalty_enum]"): the title for people, the key for an import to map the column back. The job
 * files Genesys writes (the sandbox's) use the same header.
 */

/** A custom field's title in a schema, or undefined when it is not known. */
export type CustomFieldTitle = (schemaId: string, key: string) => string | undefined;

export const noTitles: CustomFieldTitle = () => undefined;

export function customFieldHeader(key: string, title: string | undefined): string {
  return `${title?.trim() || key} [${key}]`;
}

const HEADER = /^(.*?)\s*\[([A-Za-z0-9_]+)\]\s*$/;

/** The key and title of a custom-field column's header, or null for any other header. */
export function parseCustomFieldHeader(header: string): { title: string; key: string } | null {
  const match = HEADER.exec(header.trim());
  if (!match) return null;
  const key = match[2] ?? '';
  return { key, title: match[1] || key };
}

/**
 * One cell, written the way the file's own columns are: yes/no like Survey opt-out, lists joined
 * with "; " like Tags, numbers and dates as the API stores them.
 */
export function customFieldCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) {
    return value.join('; ');
  }
  return JSON.stringify(value);
}

/**
 * The columns the records' custom fields make. A key two schemas share is one column, titled
 * by the schema of the first record holding it; without a title the key stands in for it.
 */
export function customFieldColumns<Read extends RecordBase>(
  records: readonly Read[],
  titleOf: CustomFieldTitle,
): CsvColumn<Read>[] {
  const schemaOfKey = new Map<string, string | undefined>();
  for (const record of records) {
    for (const [key, value] of Object.entries(record.customFields ?? {})) {
      if (customFieldCell(value) !== '' && !schemaOfKey.has(key)) {
        schemaOfKey.set(key, record.schema?.id);
      }
    }
  }
  return [...schemaOfKey.keys()].sort().map((key) => {
    const schemaId = schemaOfKey.get(key);
    return {
      key: `customFields.${key}`,
      header: customFieldHeader(key, schemaId ? titleOf(schemaId, key) : undefined),
      aliases: [],
      read: (record: Read) => customFieldCell(record.customFields?.[key]),
    };
  });
}

/**
 * Field titles from the entity's schemas (their current versions, one request). Without the
 * permission to view schemas, or when the read fails, the keys stand in for the titles: the file
 * is still complete.
 */
export async function loadCustomFieldTitles(
  api: ApiClient,
  entity: 'contacts' | 'organizations',
): Promise<CustomFieldTitle> {
  try {
    const listing = dataSchemaListingSchema.parse(await api(`/externalcontacts/${entity}/schemas`));
    const titles = new Map<string, string>();
    for (const schema of listing.entities ?? []) {
      for (const [key, field] of Object.entries(schema.jsonSchema.properties)) {
        titles.set(`${schema.id ?? ''}\n${key}`, field.title);
      }
    }
    return (schemaId, key) => titles.get(`${schemaId}\n${key}`);
  } catch {
    return noTitles;
  }
}
