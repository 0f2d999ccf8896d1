import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS } from '@/models/contact-fields';
import { externalContactWriteSchema } from '@/models/external-contact';
import {
  bulkEditDefaults,
  bulkEditResolver,
  toBulkEdit,
  type BulkEditValues,
  type CustomFieldContext,
} from './bulk-edit-form-rules';
import { schemaFields } from '@/features/schemas';

const noCustom = { current: null };
const check = (
  values: Partial<BulkEditValues>,
  custom: { current: CustomFieldContext | null } = noCustom,
) =>
  bulkEditResolver(CONTACT_FIELDS, externalContactWriteSchema.shape, custom)(
    { ...bulkEditDefaults(CONTACT_FIELDS), ...values } as BulkEditValues,
    undefined,
    { fields: {}, shouldUseNativeValidation: false },
  );

const actions = (chosen: Record<string, 'set' | 'clear'>) => ({
  ...bulkEditDefaults(CONTACT_FIELDS).actions,
  ...chosen,
});

describe('the bulk edit form', () => {
  it('offers every field the record form edits, each starting at Keep', () => {
    const defaults = bulkEditDefaults(CONTACT_FIELDS);
    expect(Object.keys(defaults.actions)).toContain('title');
    expect(Object.keys(defaults.actions)).toContain('externalOrganization');
    // Structured fields (messaging ids) are not edited by the form, so not in bulk either.
    expect(Object.keys(defaults.actions)).not.toContain('facebookId');
    expect(new Set(Object.values(defaults.actions))).toEqual(new Set(['keep']));
  });

  it('refuses a form that changes nothing', async () => {
    const result = await check({});
    expect(result.errors).toMatchObject({
      actions: { message: 'Choose at least one field to set or clear.' },
    });
  });

  it('checks a value to set with the write rules, and refuses an empty one', async () => {
    const result = await check({
      actions: actions({ workEmail: 'set', title: 'set', cellPhone: 'set', otherEmail: 'clear' }),
      workEmail: 'not an email',
      title: '  ',
      cellPhone: { display: '' },
    });
    expect(result.errors).toMatchObject({
      workEmail: { message: expect.stringMatching(/email/i) },
      title: { message: 'Type the new Title, or choose Clear to empty it.' },
      cellPhone: { display: { message: 'Type the new Cell phone, or choose Clear to empty it.' } },
    });
    // A field to clear or keep is not checked: what it holds is not sent.
    expect(result.errors).not.toHaveProperty('otherEmail');
  });

  it('passes a valid edit with its values trimmed as the API stores them', async () => {
    const result = await check({
      actions: actions({ title: 'set', salutation: 'clear' }),
      title: '  Account manager ',
      workEmail: 'ignored, kept',
    });
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({ title: 'Account manager' });
  });

  it('checks custom values with the schema rules and turns them into the API types', async () => {
    const document = {
      properties: {
        score_integer: {
          allOf: [{ $ref: '#/definitions/integer' }],
          title: 'Score',
          maximum: 10,
        },
      },
    };
    const custom = {
      current: {
        schema: { id: 's1', version: 1, name: 'Loyalty' },
        document,
        choices: schemaFields(document),
        coreTypes: {},
      },
    };
    const bad = await check(
      { customActions: { score_integer: 'set' }, customFields: { score_integer: '12' } },
      custom,
    );
    expect(bad.errors).toMatchObject({ customFields: { score_integer: { type: 'bulk' } } });
    const good = await check(
      { customActions: { score_integer: 'set' }, customFields: { score_integer: '7' } },
      custom,
    );
    expect(good.errors).toEqual({});
    const edit = toBulkEdit(CONTACT_FIELDS, [], good.values as BulkEditValues, custom.current);
    expect(edit.custom?.set).toEqual({ score_integer: 7 });
  });
});
