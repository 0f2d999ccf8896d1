import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { contactsTable, csvFileText, exportFileName, organizationsTable } from './export-csv';
import {
  customFieldCell,
  customFieldHeader,
  parseCustomFieldHeader,
  type CustomFieldTitle,
} from './export-custom-fields';

const rowOf = (table: { header: string[]; rows: string[][] }, index = 0) =>
  Object.fromEntries(table.header.map((header, i) => [header, table.rows[index]?.[i]]));

const TITLES: CustomFieldTitle = (schemaId, key) =>
  schemaId === 'customer' ? { loyalty_enum: 'Loyalty tier', vip_checkbox: 'VIP' }[key] : undefined;

describe('export tables', () => {
  it('fills division and organization names beside their ids, and guards every cell', () => {
    const table = contactsTable(
      [
        {
          id: 'c1',
          firstName: '@cmd',
          cellPhone: { display: '+44 7700 900123' },
          division: { id: 'd1' },
          externalOrganization: { id: 'o1' },
        },
        { id: 'c2', lastName: 'Named', externalOrganization: { id: 'o2', name: 'Given' } },
        { id: 'c3', lastName: 'Unknown', externalOrganization: { id: 'o-gone' } },
      ],
      {
        divisions: new Map([['d1', 'Home']]),
        organizations: new Map([
          ['o1', '=Acme'],
          ['o2', 'Not used'],
        ]),
      },
    );
    expect(rowOf(table)).toMatchObject({
      Id: 'c1',
      'First name': "'@cmd",
      'Cell phone': '+44 7700 900123',
      'Organization id': 'o1',
      'Organization name': "'=Acme",
      Division: 'Home',
    });
    expect(table.header.indexOf('Organization name')).toBe(
      table.header.indexOf('Organization id') + 1,
    );
    expect(rowOf(table, 1)['Organization name']).toBe('Given');
    // A name that could not be read leaves the id alone.
    expect(rowOf(table, 2)).toMatchObject({ 'Organization id': 'o-gone', 'Organization name': '' });
  });

  it('writes custom fields as titled columns after the schema id, in key order', () => {
    const table = contactsTable(
      [
        {
          id: 'c1',
          schema: { id: 'customer', version: 2 },
          customFields: {
            vip_checkbox: true,
            loyalty_enum: 'Gold',
            interests_tag: ['golf', 'opera'],
            orders_integer: -3,
            empty_text: '',
          },
        },
        { id: 'c2', customFields: { loyalty_enum: '=2+3' } },
        { id: 'c3', lastName: 'No custom fields' },
      ],
      { customFieldTitle: TITLES },
    );
    const schemaAt = table.header.indexOf('Schema id');
    expect(table.header.slice(schemaAt)).toEqual([
      'Schema id',
      // No schema to title it: the key stands in.
      'interests_tag [interests_tag]',
      'Loyalty tier [loyalty_enum]',
      'orders_integer [orders_integer]',
      'VIP [vip_checkbox]',
    ]);
    expect(table.rows.map((row) => row.slice(schemaAt))).toEqual([
      ['customer', 'golf; opera', 'Gold', '-3', 'yes'],
      ['', '', "'=2+3", '', ''],
      ['', '', '', '', ''],
    ]);
  });

  it('writes organizations with their lists in one cell, and their custom fields', () => {
    const table = organizationsTable(
      [
        {
          id: 'o1',
          name: 'Acme',
          websites: ['https://a.example', 'https://b.example'],
          tags: ['-vip'],
          phoneNumber: { display: '+1 317-555-0100' },
          schema: { id: 'customer' },
          customFields: { loyalty_enum: 'Silver' },
        },
      ],
      { customFieldTitle: TITLES },
    );
    expect(rowOf(table)).toMatchObject({
      Name: 'Acme',
      Websites: 'https://a.example; https://b.example',
      Tags: "'-vip",
      Phone: '+1 317-555-0100',
      'Schema id': 'customer',
      'Loyalty tier [loyalty_enum]': 'Silver',
    });
  });

  it('writes a file a CSV reader parses back to the same cells', () => {
    const table = contactsTable([
      { id: 'c1', lastName: 'Doe, "JD"', customFields: { note_longtext: 'two\nlines' } },
    ]);
    const text = csvFileText(table);
    expect(text.startsWith('\uFEFFId,')).toBe(true);
    const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toEqual([table.header, ...table.rows]);
  });

  it('names the file by kind and time', () => {
    expect(exportFileName('organizations', new Date('2026-11-23T18:05:00Z'))).toBe(
      'organizations-2026-11-23-18-05.csv',
    );
  });
});

describe('custom-field columns', () => {
  it('reads its own header back to the key and title', () => {
    expect(parseCustomFieldHeader(customFieldHeader('loyalty_enum', 'Loyalty tier'))).toEqual({
      title: 'Loyalty tier',
      key: 'loyalty_enum',
    });
    expect(parseCustomFieldHeader('Size [in cm] [size_integer]')).toEqual({
      title: 'Size [in cm]',
      key: 'size_integer',
    });
    expect(parseCustomFieldHeader('[vip_checkbox]')).toEqual({
      title: 'vip_checkbox',
      key: 'vip_checkbox',
    });
    expect(parseCustomFieldHeader('First name')).toBeNull();
    expect(parseCustomFieldHeader('Notes [see below]')).toBeNull();
  });

  it('writes each core type’s value as one cell', () => {
    expect(customFieldCell('Gold')).toBe('Gold');
    expect(customFieldCell(2.5)).toBe('2.5');
    expect(customFieldCell(false)).toBe('no');
    expect(customFieldCell(['a', 'b'])).toBe('a; b');
    expect(customFieldCell(null)).toBe('');
    expect(customFieldCell({ odd: 1 })).toBe('{"odd":1}');
  });
});
