import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/api-error';
import type { ApiClient, RequestOptions } from '@/api/client';
import { fetchContactsById, selectedContactsTable } from './export-selection';

const rowOf = (table: { header: string[]; rows: string[][] }, index: number) =>
  Object.fromEntries(table.header.map((header, i) => [header, table.rows[index]?.[i]]));

const idsOf = (options: RequestOptions) =>
  (options.body as { entities: { id: string }[] }).entities.map((entity) => entity.id);

describe('export of the selected contacts', () => {
  it('fetches selected contacts in order and lists the ones it could not read', async () => {
    const sizes: number[] = [];
    const api = (async (_path: string, options: RequestOptions = {}) => {
      const ids = idsOf(options);
      sizes.push(ids.length);
      return {
        results: ids
          .reverse()
          .map((id) =>
            id === 'gone'
              ? { id, success: false, status: 404, error: { message: 'Contact not found.' } }
              : { id, success: true, status: 200, entity: { id, lastName: id } },
          ),
      };
    }) as ApiClient;
    const ids = [...Array.from({ length: 250 }, (_, i) => `k${i}`), 'gone'];
    const { contacts: found, missing } = await fetchContactsById(api, ids);
    expect(sizes).toEqual([200, 51]);
    expect(found.map((c) => c.id)).toEqual(ids.slice(0, 250));
    expect(missing).toEqual([{ id: 'gone', message: 'Contact not found.' }]);
  });

  it('names organizations in one batched read, with divisions and custom-field titles', async () => {
    const calls: string[] = [];
    const organizationReads: string[][] = [];
    const api = (async (path: string, options: RequestOptions = {}) => {
      calls.push(path);
      if (path === '/externalcontacts/bulk/contacts') {
        return {
          results: idsOf(options).map((id, index) => ({
            id,
            success: true,
            entity: {
              id,
              lastName: `L${index}`,
              cellPhone: { display: '+1 317-555-0100' },
              division: { id: 'd1' },
              externalOrganization: { id: index % 2 ? 'o1' : 'o2' },
              schema: { id: 's1', version: 1 },
              customFields: { loyalty_enum: 'Gold' },
            },
          })),
        };
      }
      if (path === '/externalcontacts/bulk/organizations') {
        organizationReads.push(idsOf(options));
        return {
          results: [
            { id: 'o1', success: true, entity: { id: 'o1', name: 'Acme Ltd' } },
            { id: 'o2', success: false, status: 404 },
          ],
        };
      }
      if (path === '/authorization/divisionspermitted/paged/me') {
        return { entities: [{ id: 'd1', name: 'Home' }] };
      }
      if (path === '/externalcontacts/contacts/schemas') {
        return {
          entities: [
            {
              id: 's1',
              name: 'Customer',
              version: 1,
              jsonSchema: {
                properties: {
                  loyalty_enum: { allOf: [{ $ref: '#/definitions/enum' }], title: 'Loyalty tier' },
                },
              },
            },
          ],
        };
      }
      throw new ApiError({ status: 404, code: 'not.found', message: `No ${path}.` });
    }) as ApiClient;

    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const { table, missing } = await selectedContactsTable(queryClient, api, ['a', 'b', 'c'], {
      canViewSchemas: true,
    });
    expect(missing).toEqual([]);
    expect(organizationReads).toHaveLength(1);
    expect(organizationReads[0]?.sort()).toEqual(['o1', 'o2']);
    expect(rowOf(table, 1)).toMatchObject({
      'Last name': 'L1',
      'Cell phone': '+1 317-555-0100',
      'Organization id': 'o1',
      'Organization name': 'Acme Ltd',
      Division: 'Home',
      'Schema id': 's1',
      'Loyalty tier [loyalty_enum]': 'Gold',
    });
    // An organization that could not be read keeps its id.
    expect(rowOf(table, 0)).toMatchObject({ 'Organization id': 'o2', 'Organization name': '' });

    // Without the permission to view schemas, the keys title the columns and no schema is read.
    calls.length = 0;
    const plain = await selectedContactsTable(new QueryClient(), api, ['a'], {
      canViewSchemas: false,
    });
    expect(plain.table.header).toContain('loyalty_enum [loyalty_enum]');
    expect(calls).not.toContain('/externalcontacts/contacts/schemas');
  });
});
