import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/connection.ts';
import type { SqliteDatabase } from '../db/connection.ts';
import { migrate } from '../db/migrations.ts';
import { createCustomFieldValidator } from './custom-fields.ts';
import type { CustomFieldValidator } from './custom-fields-contract.ts';
import { everyCoreTypeDocument } from './schema-fixtures.ts';
import { createDataSchema, createSchemaService } from './schema-service.ts';

let db: SqliteDatabase;
let validate: CustomFieldValidator;
let schemaId: string;
beforeEach(() => {
  db = openDatabase({ kind: 'memory' });
  migrate(db);
  schemaId = createDataSchema(db, {
    target: 'contact',
    name: 'Customer',
    jsonSchema: everyCoreTypeDocument(),
  }).id;
  validate = createCustomFieldValidator(db);
});
afterEach(() => db.close());

const REQUIRED = { customer_number_identifier: 'C-1' };

/** The problems of one set of values (plus the required identifier), [] when accepted. */
function problemsOf(values: Record<string, unknown>, schema: unknown = { id: schemaId }) {
  const result = validate({ target: 'contact', schema, customFields: { ...REQUIRED, ...values } });
  return result.ok ? [] : result.problems;
}

const accepted = (values: Record<string, unknown>) => expect(problemsOf(values)).toEqual([]);
const refused = (values: Record<string, unknown>, message?: string) => {
  const problems = problemsOf(values);
  const key = Object.keys(values)[0] ?? '';
  expect(problems.map((problem) => problem.fieldName)).toEqual([`customFields.${key}`]);
  if (message !== undefined) expect(problems[0]?.message).toBe(message);
};

describe('createCustomFieldValidator', () => {
  it('accepts no schema and no custom fields', () => {
    expect(validate({ target: 'contact', schema: undefined, customFields: undefined })).toEqual({
      ok: true,
      schema: null,
      customFields: null,
    });
  });

  it('needs a schema for custom fields, and an existing one for the target', () => {
    const orphan = validate({ target: 'contact', schema: undefined, customFields: REQUIRED });
    expect(orphan).toMatchObject({ ok: false, problems: [{ fieldName: 'schema' }] });
    const wrongTarget = validate({
      target: 'organization',
      schema: { id: schemaId },
      customFields: REQUIRED,
    });
    expect(wrongTarget).toMatchObject({ ok: false, problems: [{ fieldName: 'schema' }] });
    expect(problemsOf({}, { id: schemaId, version: 2 })).toMatchObject([
      { fieldName: 'schema.version' },
    ]);
    expect(problemsOf({}, { id: schemaId, version: 'one' })).toMatchObject([
      { fieldName: 'schema.version' },
    ]);
  });

  it('returns the stored schema reference (latest version) and the values without nulls', () => {
    const result = validate({
      target: 'contact',
      schema: { id: schemaId },
      customFields: { ...REQUIRED, nickname_text: null },
    });
    expect(result).toEqual({
      ok: true,
      schema: {
        id: schemaId,
        version: 1,
        name: 'Customer',
        selfUri: `/api/v2/externalcontacts/contacts/schemas/${schemaId}`,
      },
      customFields: REQUIRED,
    });
  });

  it('refuses unknown keys and missing required fields', () => {
    refused({ shoe_size_text: 'x' }, 'The schema has no field named shoe_size_text.');
    const result = validate({ target: 'contact', schema: { id: schemaId }, customFields: {} });
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          fieldName: 'customFields.customer_number_identifier',
          message: 'Customer number is required.',
        },
      ],
    });
  });

  it('checks text lengths at the boundaries, own and inherited', () => {
    accepted({ nickname_text: 'ab' });
    accepted({ nickname_text: 'a'.repeat(20) });
    refused({ nickname_text: 'a' }, 'Nickname must be at least 2 characters.');
    refused({ nickname_text: 'a'.repeat(21) }, 'Nickname must be at most 20 characters.');
    accepted({ notes_longtext: 'n'.repeat(1000) });
    refused({ notes_longtext: 'n'.repeat(1001) });
    refused({ customer_number_identifier: 'i'.repeat(101) });
    refused({ nickname_text: 42 }, 'Nickname must be text.');
  });

  it('checks URLs', () => {
    accepted({ website_url: 'https://example.com/a?b=c' });
    refused({ website_url: 'ftp://example.com' });
    refused({ website_url: 'example.com' });
    refused({ website_url: `https://e.com/${'p'.repeat(187)}` });
  });

  it('checks enum values, refusing disabled ones', () => {
    accepted({ loyalty_enum: 'Silver' });
    refused({ loyalty_enum: 'Platinum' }, 'Loyalty tier must be one of Gold, Silver.');
    refused(
      { loyalty_enum: 'Bronze' },
      'Loyalty tier: "Bronze" is disabled and can no longer be chosen.',
    );
  });

  it('checks dates and datetimes', () => {
    accepted({ birthday_date: '2024-02-29' });
    refused({ birthday_date: '2023-02-29' });
    refused({ birthday_date: '2024-2-1' });
    refused({ birthday_date: '2024-02-01T00:00:00Z' });
    accepted({ last_visit_datetime: '2024-05-01T13:30:00.000Z' });
    accepted({ last_visit_datetime: '2024-05-01T13:30:00+02:00' });
    refused({ last_visit_datetime: '2024-05-01T13:30:00' });
    refused({ last_visit_datetime: '2024-05-01' });
  });

  it('checks integers and numbers at their range', () => {
    accepted({ visits_integer: 0 });
    accepted({ visits_integer: 1000 });
    refused({ visits_integer: -1 }, 'Visits must be at least 0.');
    refused({ visits_integer: 1001 }, 'Visits must be at most 1,000.');
    refused({ visits_integer: 1.5 }, 'Visits must be a whole number.');
    accepted({ score_number: -1.5 });
    accepted({ score_number: 99.5 });
    refused({ score_number: 99.6 });
    refused({ score_number: '5' }, 'Score must be a number.');
  });

  it('checks checkboxes', () => {
    accepted({ vip_checkbox: false });
    refused({ vip_checkbox: 'true' }, 'VIP must be true or false.');
  });

  it('checks tags: count, item length and uniqueness', () => {
    accepted({ interests_tag: ['golf', 'ski', 'tennis'] });
    refused(
      { interests_tag: ['golf', 'ski', 'tennis', 'chess'] },
      'Interests must be at most 3 tags.',
    );
    refused({ interests_tag: ['g'] });
    refused({ interests_tag: ['g'.repeat(11)] });
    refused({ interests_tag: ['golf', 'golf'] }, 'Interests lists the same tag twice.');
    refused({ interests_tag: 'golf' });
  });

  it('refuses a disabled schema version but keeps earlier enabled versions valid', () => {
    const service = createSchemaService(db, Date.now);
    service.update(
      'contact',
      schemaId,
      { version: 1, enabled: false, jsonSchema: everyCoreTypeDocument() },
      { id: 'u', kind: 'user' },
    );
    expect(problemsOf({})).toMatchObject([{ fieldName: 'schema' }]);
    expect(problemsOf({}, { id: schemaId, version: 1 })).toEqual([]);
  });
});
