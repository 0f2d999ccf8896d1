import { z } from 'zod';
import { CONTACT_FIELDS } from '../../src/models/contact-fields.ts';
import { dataSchemaSchema } from '../../src/models/data-schema.ts';
import { errorBodySchema, errorDetailSchema } from '../../src/models/error-body.ts';
import { ORGANIZATION_FIELDS } from '../../src/models/organization-fields.ts';
import type { FieldKind, RecordField } from '../../src/models/record-fields.ts';

/**
 * What the main entities look like on the way out, field by field as models.json lists them.
 * These are `z.object`s, which drop keys they do not list: the contract hook parses every 2xx
 * answer with them, so a stray stored field (an old column, a key a bug wrote into a document)
 * never reaches a client. Nested Genesys structures (phones, addresses, refs…) are loose: their
 * fields are listed for the document, and the write models already keep them clean.
 */

const uri = z.string().describe('A path on this API.');
const dateTime = z.iso.datetime({ offset: true }).describe('ISO-8601 date-time, UTC.');
const text = z.string();
const opt = <Schema extends z.ZodType>(schema: Schema) => z.optional(schema);

export const entityRefView = z.looseObject({ id: z.string(), selfUri: opt(uri) });
const namedRef = z.looseObject({
  id: z.string(),
  name: opt(text),
  selfUri: opt(uri),
});
const userRef = namedRef.describe('A user; expanded, the full user.');

const phoneNumberView = z
  .looseObject({
    display: opt(text),
    extension: opt(z.int()),
    acceptsSMS: opt(z.boolean()),
    normalizationCountryCode: opt(text),
    userInput: opt(text),
    e164: opt(text),
    countryCode: opt(text),
  })
  .meta({ id: 'PhoneNumber' });
const addressView = z
  .looseObject({
    address1: opt(text),
    address2: opt(text),
    city: opt(text),
    state: opt(text),
    postalCode: opt(text),
    countryCode: opt(text),
  })
  .meta({ id: 'ContactAddress' });
const twitterIdView = z
  .looseObject({
    id: opt(text),
    name: opt(text),
    screenName: opt(text),
    verified: opt(z.boolean()),
    profileUrl: opt(text),
  })
  .meta({ id: 'TwitterId' });
const scopedIds = (key: string) => z.array(z.looseObject({ [key]: opt(text) }));
const lineIdView = z.looseObject({ ids: opt(scopedIds('userId')), displayName: opt(text) });
const whatsAppIdView = z.looseObject({ phoneNumber: opt(phoneNumberView), displayName: opt(text) });
const facebookIdView = z.looseObject({ ids: opt(scopedIds('scopedId')), displayName: opt(text) });
const instagramIdView = z.looseObject({
  ids: opt(scopedIds('scopedId')),
  displayName: opt(text),
  handle: opt(text),
});
/** `{id, selfUri}`; with `expand=externalSources` the whole ExternalSource (entity-views.ts). */
const externalSourceRefView = z.looseObject({
  id: z.string(),
  name: opt(text),
  active: opt(z.boolean()),
  linkConfiguration: opt(z.looseObject({ uriTemplate: opt(text) })),
  selfUri: opt(uri),
});
const externalIdView = z
  .looseObject({ externalSource: opt(externalSourceRefView), value: opt(text) })
  .meta({ id: 'ExternalId' });
const externalDataSourceView = z
  .looseObject({ platform: opt(text), url: opt(text) })
  .meta({ id: 'ExternalDataSource' });
const identifierView = z
  .looseObject({
    type: text,
    value: text,
    dateCreated: opt(dateTime),
    division: opt(namedRef),
    externalSource: opt(externalSourceRefView),
  })
  .meta({ id: 'ContactIdentifier' });
const schemaRefView = z
  .looseObject({ id: opt(text), version: opt(z.int()), name: opt(text), selfUri: opt(uri) })
  .describe('The custom-field schema the record follows.');
/** Open by design: the keys are the fields the record's schema defines. */
const customFieldsView = z.record(z.string(), z.unknown());

/** How each kind of field looks on the way out; structured and reference fields have their own. */
const VIEW_OF_KIND: Partial<Record<FieldKind, z.ZodType>> = {
  text,
  email: text,
  url: text,
  boolean: z.boolean(),
  number: z.int(),
  phone: phoneNumberView,
  address: addressView,
  twitter: twitterIdView,
  textList: z.array(text),
};

/**
 * A record's fields as its model lists them (src/models), so a new field is in the contract
 * without being written here; only fields of their own shape (messaging ids, tickers, the
 * organization reference) are named, and a field with neither a kind view nor its own fails the
 * module at load.
 */
function fieldViews<Key extends string>(
  fields: readonly RecordField<Key>[],
  ownViews: Partial<Record<Key, z.ZodType>>,
): Record<Key, z.ZodOptional> {
  const shape = {} as Record<Key, z.ZodOptional>;
  for (const field of fields) {
    const view = ownViews[field.key] ?? VIEW_OF_KIND[field.kind];
    if (!view) throw new Error(`The ${field.key} field has no response view.`);
    shape[field.key] = opt(view);
  }
  return shape;
}

const managed = {
  id: z.string(),
  selfUri: uri,
  createDate: opt(dateTime),
  modifyDate: opt(dateTime),
  division: opt(namedRef),
};

const customised = {
  schema: opt(schemaRefView),
  customFields: opt(customFieldsView),
  identifiers: opt(z.array(identifierView)),
  externalIds: opt(z.array(externalIdView)),
  externalDataSources: opt(z.array(externalDataSourceView)),
};

/** Genesys' Trustor: an org that trusts this one, as the orgauthorization endpoints answer it. */
export const trustorView = z
  .object({
    id: z.string(),
    enabled: opt(z.boolean()),
    dateCreated: opt(dateTime),
    createdBy: opt(userRef),
    organization: opt(namedRef),
    authorization: opt(z.looseObject({})),
    selfUri: opt(uri),
  })
  .meta({ id: 'Trustor' });

export const externalOrganizationView = z
  .object({
    ...managed,
    ...customised,
    ...fieldViews(ORGANIZATION_FIELDS, {
      tickers: z.array(z.looseObject({ symbol: opt(text), exchange: opt(text) })),
    }),
    trustor: opt(trustorView),
  })
  .meta({ id: 'ExternalOrganization' });

export const externalContactView = z
  .object({
    ...managed,
    ...customised,
    ...fieldViews(CONTACT_FIELDS, {
      lineId: lineIdView,
      whatsAppId: whatsAppIdView,
      facebookId: facebookIdView,
      instagramId: instagramIdView,
      appleOpaqueIds: z.array(z.looseObject({ value: opt(text) })),
      // A reference, or with expand=externalOrganization the organization itself (stripped too).
      externalOrganization: z.nullable(externalOrganizationView.partial({ selfUri: true })),
    }),
    type: opt(z.enum(['Ephemeral', 'Identified', 'Curated'])),
    canonicalContact: opt(entityRefView),
    mergeSet: opt(z.array(entityRefView)),
    mergedFrom: opt(z.array(entityRefView)),
    mergedTo: opt(entityRefView),
    mergeOperation: opt(z.looseObject({})),
  })
  .meta({ id: 'ExternalContact' });

export const noteView = z
  .object({
    ...managed,
    entityId: z.string(),
    entityType: z.enum(['contact', 'organization']),
    noteText: opt(text),
    createdBy: opt(userRef),
    externalDataSources: opt(z.array(externalDataSourceView)),
  })
  .meta({ id: 'Note' });

export const relationshipView = z
  .object({
    id: z.string(),
    selfUri: uri,
    division: opt(namedRef),
    user: userRef,
    externalOrganization: entityRefView,
    relationship: text,
    externalDataSources: opt(z.array(externalDataSourceView)),
  })
  .meta({ id: 'Relationship' });

export const externalSourceView = z
  .object({
    id: z.string(),
    name: opt(text),
    active: opt(z.boolean()),
    linkConfiguration: opt(z.looseObject({ uriTemplate: opt(text) })),
    selfUri: uri,
  })
  .meta({ id: 'ExternalSource' });

export const dataSchemaView = z.object(dataSchemaSchema.shape).meta({ id: 'DataSchema' });
export const dataSchemaListingView = z
  .object({
    entities: opt(z.array(dataSchemaView)),
    total: opt(z.int()),
    selfUri: opt(uri),
  })
  .meta({ id: 'DataSchemaListing' });

/** Genesys' page-paged listing (External Contacts searches and lists). */
export function pageListing<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      entities: z.array(item),
      pageSize: z.int(),
      pageNumber: z.int(),
      total: z.int(),
      partialResults: opt(z.boolean()),
      pageCount: z.int(),
      firstUri: opt(uri),
      selfUri: opt(uri),
      lastUri: opt(uri),
      nextUri: opt(uri),
      previousUri: opt(uri),
    })
    .meta({ id });
}

const cursors = z.object({ before: opt(z.string()), after: opt(z.string()) });

/** Genesys' cursor listing (scan endpoints, external sources, import jobs and settings). */
export function cursorListing<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      entities: z.array(item),
      cursors: opt(cursors),
      selfUri: opt(uri),
      nextUri: opt(uri),
      previousUri: opt(uri),
    })
    .meta({ id });
}

export const contactListing = pageListing(externalContactView, 'ContactListing');
export const organizationListing = pageListing(
  externalOrganizationView,
  'ExternalOrganizationListing',
);
export const noteListing = pageListing(noteView, 'NoteListing');
export const relationshipListing = pageListing(relationshipView, 'RelationshipListing');
export const trustorListing = pageListing(trustorView, 'TrustorEntityListing');
export const cursorContactListing = cursorListing(externalContactView, 'CursorContactListing');
export const cursorOrganizationListing = cursorListing(
  externalOrganizationView,
  'CursorOrganizationListing',
);
export const cursorNoteListing = cursorListing(noteView, 'CursorNoteListing');
export const cursorRelationshipListing = cursorListing(
  relationshipView,
  'CursorRelationshipListing',
);
export const cursorExternalSourceListing = cursorListing(
  externalSourceView,
  'CursorExternalSourceListing',
);

/** Export jobs (ContactsExport, OrganizationsExport…: the same fields for every kind). */
export function exportJobView(id: string) {
  return z
    .object({
      id: z.string(),
      divisionIds: opt(z.array(z.string())),
      createdBy: opt(userRef),
      dateCreated: opt(dateTime),
      dateCompletion: opt(dateTime),
      status: z.string(),
      downloadUrl: opt(z.string()),
      resultRowCount: opt(z.int()),
      queryConditions: opt(z.looseObject({ filters: opt(z.unknown()), limit: opt(z.int()) })),
      selfUri: opt(uri),
    })
    .meta({ id });
}

/** A listing paged by `after` (exports, CSV settings). */
export function afterListing<Item extends z.ZodType>(item: Item, id: string) {
  return z
    .object({
      entities: z.array(item),
      nextUri: opt(z.string()),
      selfUri: opt(z.string()),
      previousUri: opt(z.string()),
      cursors: opt(cursors),
    })
    .meta({ id });
}

export const importJobView = z
  .object({
    id: z.string(),
    status: opt(z.string()),
    statusDetails: opt(z.string()),
    executionStep: opt(z.string()),
    metadata: opt(
      z.looseObject({
        fileName: opt(text),
        dryRunFailedCount: opt(z.int()),
        dryRunSuccessCount: opt(z.int()),
        dryRunReportDownloadUrl: opt(text),
        importFailedCount: opt(z.int()),
        importSuccessCount: opt(z.int()),
        importReportDownloadUrl: opt(text),
      }),
    ),
    dateCreated: opt(dateTime),
    division: opt(namedRef),
    settings: opt(entityRefView),
    selfUri: opt(uri),
  })
  .meta({ id: 'ContactImportJobResponse' });

// Loose all the way down: the sandbox's details also carry a `message` per field.
export const errorBodyView = z
  .looseObject({
    ...errorBodySchema.shape,
    details: opt(z.array(z.looseObject(errorDetailSchema.shape))),
  })
  .meta({ id: 'ErrorBody' });

/** Bulk answers: one result per entity, each a success with the entity or an error body. */
export function bulkResponse(item: z.core.$ZodType, id: string) {
  return z
    .looseObject({
      results: z.array(
        z.looseObject({
          id: z.optional(z.string()),
          success: z.boolean(),
          entity: z.optional(item),
          error: z.optional(errorBodyView),
        }),
      ),
    })
    .meta({ id });
}

/** Anything else with an id: documented by name, its fields left to the reference. */
export function entityWithId(id: string, description: string) {
  return z
    .looseObject({ id: z.optional(z.string()) })
    .describe(description)
    .meta({ id });
}

export function looseObject(id: string, description: string) {
  return z.looseObject({}).describe(description).meta({ id });
}
