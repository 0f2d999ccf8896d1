import { describe, expect, it } from 'vitest';
import { CONTACT_FIELDS, type ExternalContact } from '@/models/contact-fields';
import type { JsonSchemaDocument } from '@/models/data-schema';
import { externalContactWriteSchema } from '@/models/external-contact';
import { externalOrganizationWriteSchema } from '@/models/external-organization';
import { ORGANIZATION_FIELDS, type ExternalOrganization } from '@/models/organization-fields';
import {
  planRecord,
  sameCustomValue,
  sameFieldValue,
  type BulkEdit,
  type CustomFieldEdit,
  type FieldAction,
} from './bulk-edit-changes';
import { schemaFields } from '@/features/schemas';
import { customFieldApiValue, selectionSchema } from './bulk-edit-custom-values';
import { bulkEditDefaults } from './bulk-edit-form-rules';

const contactWriteKeys = Object.keys(externalContactWriteSchema.shape);

const contact: ExternalContact = {
  id: 'c1',
  firstName: 'Cordelia',
  lastName: 'Holloway',
  salutation: 'Dr',
  title: 'Sales lead',
  workEmail: 'cordelia@example.com',
  workPhone: {
    display: '+1 317-555-0100',
    e164: '+13175550100',
    countryCode: 'US',
    extension: 12,
  },
  address: { address1: '1 Main St', city: 'Indianapolis', countryCode: 'US' },
  externalOrganization: { id: 'o1', name: 'Acme', selfUri: '/api/v2/externalcontacts/o1' },
  division: { id: 'd1', name: 'Home' },
  externalIds: [{ externalSource: { id: 's1', name: 'CRM' }, value: 'X-1' }],
  facebookId: { ids: [{ scopedId: 'fb1' }], displayName: 'Cordelia' },
  type: 'Curated',
  createDate: '2024-01-01T00:00:00.000Z',
  selfUri: '/api/v2/externalcontacts/contacts/c1',
};

function contactEdit(
  actions: Record<string, FieldAction>,
  values: Record<string, unknown> = {},
  custom?: CustomFieldEdit,
): BulkEdit {
  return {
    fields: CONTACT_FIELDS,
    writeKeys: contactWriteKeys,
    actions,
    values: { ...bulkEditDefaults(CONTACT_FIELDS), ...values },
    custom,
  };
}

describe('planRecord', () => {
  it('sets the title and clears the salutation, and sends the rest as stored', () => {
    const plan = planRecord(
      contact,
      contactEdit({ title: 'set', salutation: 'clear' }, { title: 'Account manager' }),
    );
    expect(plan.decision.kind).toBe('write');
    const body = plan.decision.kind === 'write' ? plan.decision.body : {};
    expect(body.title).toBe('Account manager');
    expect(body).not.toHaveProperty('salutation');
    // What the form does not edit goes back untouched, and what is read-only does not go at all.
    expect(body).toMatchObject({
      firstName: 'Cordelia',
      workEmail: 'cordelia@example.com',
      workPhone: contact.workPhone,
      address: contact.address,
      facebookId: contact.facebookId,
      division: { id: 'd1' },
      externalIds: [{ externalSource: { id: 's1' }, value: 'X-1' }],
    });
    expect(body).not.toHaveProperty('type');
    expect(body).not.toHaveProperty('createDate');
    expect(body).not.toHaveProperty('selfUri');
    expect(plan.changes).toEqual([
      { key: 'salutation', label: 'Salutation', before: 'Dr', after: '', changed: true },
      {
        key: 'title',
        label: 'Title',
        before: 'Sales lead',
        after: 'Account manager',
        changed: true,
      },
    ]);
  });

  it('sends nothing to a record that already holds every value', () => {
    const done: ExternalContact = { ...contact, salutation: undefined, title: 'Account manager' };
    const plan = planRecord(
      done,
      contactEdit({ title: 'set', salutation: 'clear' }, { title: 'Account manager' }),
    );
    expect(plan.decision).toEqual({ kind: 'none' });
    expect(plan.changes.every((change) => !change.changed)).toBe(true);
  });

  it('compares a phone by its E.164 form, and keeps the stored extension when it sets one', () => {
    const same = planRecord(
      contact,
      contactEdit(
        { workPhone: 'set' },
        { workPhone: { display: '(317) 555-0100' }, phoneCountry: 'US' },
      ),
    );
    expect(same.decision.kind).toBe('none');
    const other = planRecord(
      contact,
      contactEdit(
        { workPhone: 'set' },
        { workPhone: { display: '(317) 555-0199' }, phoneCountry: 'US' },
      ),
    );
    expect(other.decision.kind === 'write' && other.decision.body.workPhone).toEqual({
      display: '(317) 555-0199',
      extension: 12,
      normalizationCountryCode: 'US',
    });
  });

  it('compares emails without case and references by id', () => {
    expect(
      planRecord(contact, contactEdit({ workEmail: 'set' }, { workEmail: 'Cordelia@Example.com' }))
        .decision.kind,
    ).toBe('none');
    const moved = planRecord(
      contact,
      contactEdit(
        { externalOrganization: 'set' },
        { externalOrganization: { id: 'o2', name: 'Globex' } },
      ),
    );
    expect(moved.decision.kind === 'write' && moved.decision.body.externalOrganization).toEqual({
      id: 'o2',
    });
    expect(moved.changes[0]).toMatchObject({ before: 'Acme', after: 'Globex', changed: true });
  });

  it('sets the address parts typed and keeps the others', () => {
    const plan = planRecord(
      contact,
      contactEdit(
        { address: 'set' },
        {
          address: {
            address1: '',
            address2: '',
            city: 'Carmel',
            state: '',
            postalCode: '',
            countryCode: '',
          },
        },
      ),
    );
    expect(plan.decision.kind === 'write' && plan.decision.body.address).toEqual({
      address1: '1 Main St',
      city: 'Carmel',
      countryCode: 'US',
    });
  });

  it('sets a yes/no field either way, and clearing an absent field changes nothing', () => {
    const optOut = planRecord(
      contact,
      contactEdit({ surveyOptOut: 'set' }, { surveyOptOut: true }),
    );
    expect(optOut.decision.kind === 'write' && optOut.decision.body.surveyOptOut).toBe(true);
    expect(planRecord(contact, contactEdit({ otherEmail: 'clear' })).decision.kind).toBe('none');
  });

  it('edits organizations from their own fields: lists replace, numbers compare as numbers', () => {
    const organization: ExternalOrganization = {
      id: 'o1',
      name: 'Acme',
      tags: ['a', 'b'],
      employeeCount: 40,
      industry: 'Retail',
    };
    const edit: BulkEdit = {
      fields: ORGANIZATION_FIELDS,
      writeKeys: Object.keys(externalOrganizationWriteSchema.shape),
      actions: { tags: 'set', employeeCount: 'set', industry: 'clear' },
      values: { ...bulkEditDefaults(ORGANIZATION_FIELDS), tags: 'vip\nb2b', employeeCount: '40' },
    };
    const plan = planRecord(organization, edit);
    expect(plan.decision.kind === 'write' && plan.decision.body).toEqual({
      name: 'Acme',
      tags: ['vip', 'b2b'],
      employeeCount: 40,
    });
    expect(plan.changes.map((change) => [change.key, change.changed])).toEqual([
      ['industry', true],
      ['employeeCount', false],
      ['tags', true],
    ]);
  });
});

const ref = (type: string) => [{ $ref: `#/definitions/${type}` }];
const document: JsonSchemaDocument = {
  properties: {
    tier_enum: { allOf: ref('enum'), title: 'Tier', enum: ['gold', 'silver'] },
    score_integer: { allOf: ref('integer'), title: 'Score', minimum: 0, maximum: 10 },
    since_datetime: { allOf: ref('datetime'), title: 'Since' },
    vip_checkbox: { allOf: ref('checkbox'), title: 'VIP' },
  },
  required: ['tier_enum'],
};
const schema = { id: 's1', version: 3, name: 'Loyalty' };

describe('custom fields in a bulk edit', () => {
  const onSchema: ExternalContact = {
    ...contact,
    schema: { id: 's1', version: 2 },
    customFields: { tier_enum: 'silver', score_integer: 4 },
  };
  const custom = (set: Record<string, unknown>, clear: string[] = []): CustomFieldEdit => ({
    schema,
    document,
    coreTypes: {},
    set,
    clear,
  });

  it('sets and clears values on the schema, at its current version', () => {
    const plan = planRecord(
      onSchema,
      contactEdit({}, {}, custom({ tier_enum: 'gold' }, ['score_integer'])),
    );
    expect(plan.decision.kind === 'write' && plan.decision.body).toMatchObject({
      schema: { id: 's1', version: 3 },
      customFields: { tier_enum: 'gold' },
    });
    expect(plan.changes.map((change) => [change.label, change.before, change.after])).toEqual([
      ['Tier', 'silver', 'gold'],
      ['Score', '4', ''],
    ]);
  });

  it('refuses a record on another schema, and a value the schema requires', () => {
    const elsewhere = planRecord(
      { ...onSchema, schema: { id: 's2', version: 1 } },
      contactEdit({}, {}, custom({ tier_enum: 'gold' })),
    );
    expect(elsewhere.decision).toEqual({
      kind: 'refuse',
      message: 'It is not on the Loyalty schema any more, so its custom fields were not changed.',
    });
    const required = planRecord(onSchema, contactEdit({}, {}, custom({}, ['tier_enum'])));
    expect(required.decision).toEqual({ kind: 'refuse', message: 'Tier is required.' });
  });

  it('compares instants by time and checkboxes by truth', () => {
    expect(sameCustomValue('datetime', '2024-05-01T10:00:00Z', '2024-05-01T10:00:00.000Z')).toBe(
      true,
    );
    expect(sameCustomValue('checkbox', undefined, false)).toBe(false);
    expect(sameCustomValue('integer', undefined, null)).toBe(true);
  });

  it('converts and checks a typed value with the schema rules; empty is not a value to set', () => {
    const [tier, score, , vip] = schemaFields(document);
    expect(customFieldApiValue(score!, '7')).toEqual({ ok: true, value: 7 });
    expect(customFieldApiValue(score!, '11')).toMatchObject({ ok: false });
    expect(customFieldApiValue(score!, ' ')).toEqual({
      ok: false,
      message: 'Type the new Score, or choose Clear to empty it.',
    });
    expect(customFieldApiValue(tier!, 'bronze')).toMatchObject({ ok: false });
    expect(customFieldApiValue(vip!, false)).toEqual({ ok: true, value: false });
  });

  it('offers custom fields only when every record is on the same schema', () => {
    expect(selectionSchema([onSchema, onSchema])).toMatchObject({ kind: 'one', id: 's1' });
    expect(selectionSchema([contact])).toEqual({ kind: 'none' });
    expect(selectionSchema([onSchema, contact])).toEqual({
      kind: 'mixed',
      schemas: 1,
      withoutSchema: 1,
    });
    expect(selectionSchema([onSchema, { ...onSchema, schema: { id: 's2' } }, contact])).toEqual({
      kind: 'mixed',
      schemas: 2,
      withoutSchema: 1,
    });
  });
});

describe('sameFieldValue', () => {
  const field = (key: string) => CONTACT_FIELDS.find((item) => item.key === key)!;
  it('treats empty and absent alike', () => {
    expect(sameFieldValue(field('title'), undefined, '')).toBe(true);
    expect(sameFieldValue(field('title'), ' a ', 'a')).toBe(true);
    expect(sameFieldValue(field('workPhone'), undefined, undefined)).toBe(true);
    expect(sameFieldValue(field('twitterId'), { screenName: 'Ab' }, { screenName: 'ab' })).toBe(
      true,
    );
  });
});
