import type { QueryClient } from '@tanstack/react-query';
import type { ApiClient } from '@/api/client';
import type { ExternalContact } from '@/models/contact-fields';
import { PERMISSIONS } from '@/models/permissions';
import { bulkFetchContacts, BULK_MAX, chunk } from './bulk-api';
import { divisionNames } from './division-names';
import { contactsTable, type CsvTable } from './export-csv';
import { loadCustomFieldTitles, noTitles } from './export-custom-fields';
import { organizationNames } from './export-record-names';
import { readWithRetries } from './read-retries';

export interface MissingContact {
  id: string;
  message: string;
}

/**
 * The selected contacts through POST /bulk/contacts, 200 ids a request, in the order selected.
 * Ids that could not be read are returned with the API's message.
 */
export async function fetchContactsById(
  api: ApiClient,
  ids: readonly string[],
): Promise<{ contacts: ExternalContact[]; missing: MissingContact[] }> {
  const byId = new Map<string, ExternalContact>();
  const missing: MissingContact[] = [];
  for (const part of chunk(ids, BULK_MAX)) {
    const answer = await readWithRetries(() => bulkFetchContacts(api, part));
    for (const result of answer.results ?? []) {
      if (result.success && result.entity) byId.set(result.id ?? result.entity.id, result.entity);
      else if (result.id)
        missing.push({ id: result.id, message: result.error?.message ?? 'Not found.' });
    }
  }
  return { contacts: ids.flatMap((id) => byId.get(id) ?? []), missing };
}

/**
 * "Export selected": a selection is at most what a list shows, so it is read and written in the
 * tab, with a preview before the download. The names the bulk read leaves out (divisions,
 * organizations, custom-field titles) are read beside it; each may fail alone and only costs
 * its names.
 */
export async function selectedContactsTable(
  queryClient: QueryClient,
  api: ApiClient,
  ids: readonly string[],
  options: { canViewSchemas: boolean },
): Promise<{ table: CsvTable; missing: MissingContact[] }> {
  const { contacts, missing } = await fetchContactsById(api, ids);
  const [divisions, organizations, customFieldTitle] = await Promise.all([
    divisionNames(queryClient, api, PERMISSIONS.contact.divisionView[0]),
    organizationNames(
      queryClient,
      api,
      contacts.flatMap((contact) =>
        contact.externalOrganization && !contact.externalOrganization.name
          ? [contact.externalOrganization.id]
          : [],
      ),
    ),
    options.canViewSchemas ? loadCustomFieldTitles(api, 'contacts') : noTitles,
  ]);
  return {
    table: contactsTable(contacts, { divisions, organizations, customFieldTitle }),
    missing,
  };
}
