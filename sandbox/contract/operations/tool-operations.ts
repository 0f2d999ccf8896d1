import { z } from 'zod';
import { externalContactWriteSchema } from '../../../src/models/external-contact.ts';
import { externalOrganizationWriteSchema } from '../../../src/models/external-organization.ts';
import { externalSourceWriteSchema } from '../../../src/models/external-source.ts';
import { noteWriteSchema } from '../../../src/models/note.ts';
import { relationshipWriteSchema } from '../../../src/models/relationship.ts';
import { graphSettingsRequestSchema } from '../../domain/cluster-scan-service.ts';
import {
  contactEnrichRequestSchema,
  organizationEnrichRequestSchema,
} from '../../domain/enrich-requests.ts';
import { updateSegmentAssignmentSchema } from '../../domain/journey-segments.ts';
import { dataSchemaWriteSchema } from '../../domain/schema-request.ts';
import { conversationAssociationSchema } from '../../domain/source-conversation-link.ts';
import {
  accepted,
  cursorPaging,
  divisionIds,
  EMPTY_OBJECT,
  expand,
  EXTERNAL_CONTACTS,
  flag,
  integer,
  jsonBody,
  noContent,
  oneOf,
  ok,
  operationsOf,
  text,
} from '../contract-builders.ts';
import type { OperationContract } from '../operation-contract.ts';
import {
  bulkResponse,
  cursorContactListing,
  cursorExternalSourceListing,
  cursorNoteListing,
  cursorOrganizationListing,
  cursorRelationshipListing,
  dataSchemaListingView,
  dataSchemaView,
  entityWithId,
  externalContactView,
  externalOrganizationView,
  externalSourceView,
  looseObject,
  noteView,
  relationshipView,
} from '../response-schemas.ts';
import { MERGE_STATUSES } from '../../db/graphs-repo.ts';

const schemas = operationsOf('Schemas', EXTERNAL_CONTACTS);
const bulk = operationsOf('Bulk', EXTERNAL_CONTACTS);
const scan = operationsOf('Scan', EXTERNAL_CONTACTS);
const sources = operationsOf('External sources', EXTERNAL_CONTACTS);
const enrich = operationsOf('Enrich', EXTERNAL_CONTACTS);
const graphs = operationsOf('Graphs', EXTERNAL_CONTACTS);
const journey = operationsOf('Journey', EXTERNAL_CONTACTS);
const conversations = operationsOf('Conversations', EXTERNAL_CONTACTS);

function schemaOperations(target: 'contacts' | 'organizations'): OperationContract[] {
  const Target = target === 'contacts' ? 'Contacts' : 'Organizations';
  const base = `/${target}/schemas`;
  const coretype = z.looseObject({ name: z.optional(z.string()) });
  const operations = [
    schemas('GET', base, `getExternalcontacts${Target}Schemas`, 'Get a list of schemas', {
      response: ok(dataSchemaListingView),
    }),
    schemas('POST', base, `postExternalcontacts${Target}Schemas`, 'Create a schema', {
      body: jsonBody(dataSchemaWriteSchema),
      response: ok(dataSchemaView),
    }),
    schemas(
      'GET',
      `${base}/coretypes`,
      `getExternalcontacts${Target}SchemasCoretypes`,
      'Get the core types from which all schemas are built',
      {
        response: ok(z.looseObject({ entities: z.array(coretype) })),
      },
    ),
    schemas(
      'GET',
      `${base}/coretypes/{coreTypeName}`,
      `getExternalcontacts${Target}SchemasCoretype`,
      'Get a specific named core type',
      {
        response: ok(coretype),
      },
    ),
    schemas(
      'GET',
      `${base}/limits`,
      `getExternalcontacts${Target}SchemasLimits`,
      'Get quantitative limits on schemas',
      {
        response: ok(looseObject(`${Target}SchemaQuantityLimits`, 'Field and enum limits.')),
      },
    ),
    schemas('GET', `${base}/{schemaId}`, `getExternalcontacts${Target}Schema`, 'Get a schema', {
      response: ok(dataSchemaView),
    }),
    schemas('PUT', `${base}/{schemaId}`, `putExternalcontacts${Target}Schema`, 'Update a schema', {
      body: jsonBody(dataSchemaWriteSchema),
      response: ok(dataSchemaView),
    }),
    schemas(
      'GET',
      `${base}/{schemaId}/versions`,
      `getExternalcontacts${Target}SchemaVersions`,
      'Get all versions of a schema',
      {
        response: ok(dataSchemaListingView),
      },
    ),
    schemas(
      'GET',
      `${base}/{schemaId}/versions/{versionId}`,
      `getExternalcontacts${Target}SchemaVersion`,
      'Get a specific version of a schema',
      {
        response: ok(dataSchemaView),
      },
    ),
  ];
  // Genesys has no DELETE for organization schemas.
  if (target === 'contacts') {
    operations.push(
      schemas(
        'DELETE',
        `${base}/{schemaId}`,
        'deleteExternalcontactsContactsSchema',
        'Delete a schema',
        {
          response: noContent(),
        },
      ),
    );
  }
  return operations;
}

const bulkIds = z
  .object({ entities: z.array(z.object({ id: z.string() })) })
  .meta({ id: 'BulkIdsRequest' });
const bulkOf = (item: z.core.$ZodType, id: string) =>
  z.object({ entities: z.array(item) }).meta({ id });
const bulkDeleteResponse = bulkResponse(z.unknown(), 'BulkDeleteResponse');

function bulkOperations(
  plural: 'contacts' | 'organizations' | 'relationships' | 'notes',
  write: z.core.$ZodType,
  view: z.core.$ZodType,
  divisionViews: boolean,
): OperationContract[] {
  const Plural = `${plural[0]?.toUpperCase() ?? ''}${plural.slice(1)}`;
  const items = bulkResponse(view, `Bulk${Plural}Response`);
  const withIds = z.looseObject({ ...(write as z.ZodObject).shape, id: z.string() });
  const operations = [
    bulk('POST', `/bulk/${plural}`, `postExternalcontactsBulk${Plural}`, `Bulk fetch ${plural}`, {
      body: jsonBody(bulkIds),
      response: ok(items),
    }),
    bulk(
      'POST',
      `/bulk/${plural}/add`,
      `postExternalcontactsBulk${Plural}Add`,
      `Bulk add ${plural}`,
      {
        body: jsonBody(bulkOf(write, `Bulk${Plural}Request`)),
        response: ok(items),
      },
    ),
    bulk(
      'POST',
      `/bulk/${plural}/update`,
      `postExternalcontactsBulk${Plural}Update`,
      `Bulk update ${plural}`,
      {
        body: jsonBody(bulkOf(withIds, `Bulk${Plural}UpdateRequest`)),
        response: ok(items),
      },
    ),
    bulk(
      'POST',
      `/bulk/${plural}/remove`,
      `postExternalcontactsBulk${Plural}Remove`,
      `Bulk remove ${plural}`,
      {
        body: jsonBody(bulkIds),
        response: ok(bulkDeleteResponse),
      },
    ),
  ];
  if (plural === 'contacts') {
    operations.push(
      bulk(
        'POST',
        '/bulk/contacts/unresolved',
        'postExternalcontactsBulkContactsUnresolved',
        'Bulk fetch unresolved ancestor contacts',
        {
          body: jsonBody(bulkIds),
          response: ok(items),
        },
      ),
    );
  }
  if (divisionViews) {
    operations.push(
      bulk(
        'POST',
        `/bulk/${plural}/divisionviews`,
        `postExternalcontactsBulk${Plural}Divisionviews`,
        `Bulk fetch ${plural} across divisions`,
        {
          body: jsonBody(bulkIds),
          response: ok(items),
        },
      ),
    );
  }
  return operations;
}

function scanOperations(
  plural: 'contacts' | 'organizations' | 'relationships' | 'notes',
  listing: z.core.$ZodType,
): OperationContract[] {
  const Plural = `${plural[0]?.toUpperCase() ?? ''}${plural.slice(1)}`;
  return [
    scan(
      'GET',
      `/scan/${plural}`,
      `getExternalcontactsScan${Plural}`,
      `Scan for ${plural} using paging`,
      {
        query: [
          ...cursorPaging(100, 10, 200),
          text('divisionId', 'Division id; * means all.', { default: '*' }),
        ],
        response: ok(listing),
      },
    ),
    scan(
      'GET',
      `/scan/${plural}/divisionviews/all`,
      `getExternalcontactsScan${Plural}DivisionviewsAll`,
      `Scan for ${plural} across all divisions`,
      {
        query: cursorPaging(100, 10, 200),
        response: ok(listing),
      },
    ),
  ];
}

const dryRun = flag('dryRun', 'Preview only: nothing is written.');
const clusterScan = entityWithId('ClusterScan', 'A duplicate-detection scan over contacts.');
const cluster = entityWithId('Cluster', 'Contacts a scan found to be the same person.');
const scanStatistics = looseObject('ClusterScanStatistics', 'Counts of clusters and contacts.');
const graphSettings = looseObject('GraphSettings', 'Org-wide graph settings.');

/** Schemas, bulk, scan, external sources, enrich, graphs, journey and conversation links. */
export const TOOL_OPERATIONS: readonly OperationContract[] = [
  ...schemaOperations('contacts'),
  ...schemaOperations('organizations'),

  ...bulkOperations('contacts', externalContactWriteSchema, externalContactView, true),
  ...bulkOperations(
    'organizations',
    externalOrganizationWriteSchema,
    externalOrganizationView,
    true,
  ),
  ...bulkOperations('relationships', relationshipWriteSchema, relationshipView, false),
  ...bulkOperations('notes', noteWriteSchema, noteView, false),

  ...scanOperations('contacts', cursorContactListing),
  ...scanOperations('organizations', cursorOrganizationListing),
  ...scanOperations('relationships', cursorRelationshipListing),
  ...scanOperations('notes', cursorNoteListing),

  sources(
    'GET',
    '/externalsources',
    'getExternalcontactsExternalsources',
    'Fetch a list of external sources',
    {
      query: [
        ...cursorPaging(100, 10, 200).reverse(),
        text('name', 'Name prefix.'),
        flag('active', 'Only active (true) or inactive (false) sources.'),
      ],
      response: ok(cursorExternalSourceListing),
    },
  ),
  sources(
    'POST',
    '/externalsources',
    'postExternalcontactsExternalsources',
    'Create an external source',
    {
      body: jsonBody(externalSourceWriteSchema),
      response: ok(externalSourceView),
    },
  ),
  sources(
    'GET',
    '/externalsources/{externalSourceId}',
    'getExternalcontactsExternalsource',
    'Fetch an external source',
    {
      response: ok(externalSourceView),
    },
  ),
  sources(
    'PUT',
    '/externalsources/{externalSourceId}',
    'putExternalcontactsExternalsource',
    'Update an external source',
    {
      body: jsonBody(externalSourceWriteSchema),
      response: ok(externalSourceView),
    },
  ),
  sources(
    'DELETE',
    '/externalsources/{externalSourceId}',
    'deleteExternalcontactsExternalsource',
    'Delete an external source',
    {
      response: ok(EMPTY_OBJECT),
    },
  ),

  enrich(
    'POST',
    '/contacts/enrich',
    'postExternalcontactsContactsEnrich',
    'Modify or create an external contact, matching it by identifiers',
    {
      query: [dryRun],
      body: jsonBody(contactEnrichRequestSchema),
      response: ok(externalContactView),
    },
  ),
  enrich(
    'POST',
    '/organizations/enrich',
    'postExternalcontactsOrganizationsEnrich',
    'Modify or create an external organization, matching it by identifiers',
    {
      query: [dryRun],
      body: jsonBody(organizationEnrichRequestSchema),
      response: ok(externalOrganizationView),
    },
  ),
  enrich(
    'POST',
    '/bulk/contacts/enrich',
    'postExternalcontactsBulkContactsEnrich',
    'Run up to 10 contact enrich operations',
    {
      query: [dryRun],
      body: jsonBody(z.object({ entities: z.array(contactEnrichRequestSchema) })),
      response: ok(bulkResponse(externalContactView, 'BulkContactsEnrichResponse')),
    },
  ),
  enrich(
    'POST',
    '/bulk/organizations/enrich',
    'postExternalcontactsBulkOrganizationsEnrich',
    'Run up to 10 organization enrich operations',
    {
      query: [dryRun],
      body: jsonBody(z.object({ entities: z.array(organizationEnrichRequestSchema) })),
      response: ok(bulkResponse(externalOrganizationView, 'BulkOrganizationsEnrichResponse')),
    },
  ),

  graphs(
    'GET',
    '/graphs/clusterscans',
    'getExternalcontactsGraphsClusterscans',
    'List cluster scans (preview)',
    {
      query: [...cursorPaging(20, 1, 100), expand(['statistics.aggregated'])],
      response: ok(z.looseObject({ entities: z.array(clusterScan) })),
    },
  ),
  graphs(
    'GET',
    '/graphs/clusterscans/latest',
    'getExternalcontactsGraphsClusterscansLatest',
    'The latest cluster scan (preview)',
    {
      query: [expand(['statistics.aggregated'])],
      response: ok(clusterScan),
    },
  ),
  graphs(
    'GET',
    '/graphs/clusterscans/latest/statistics',
    'getExternalcontactsGraphsClusterscansLatestStatistics',
    'Statistics of the latest cluster scan (preview)',
    {
      response: ok(scanStatistics),
    },
  ),
  graphs(
    'GET',
    '/graphs/clusterscans/{scanId}',
    'getExternalcontactsGraphsClusterscan',
    'One cluster scan (preview)',
    {
      query: [expand(['statistics.aggregated'])],
      response: ok(clusterScan),
    },
  ),
  graphs(
    'GET',
    '/graphs/clusterscans/{scanId}/clusters',
    'getExternalcontactsGraphsClusterscanClusters',
    'Clusters found by a scan (preview)',
    {
      query: [
        ...cursorPaging(20, 1, 100),
        divisionIds(),
        oneOf('mergeInfo.status', MERGE_STATUSES, 'Only clusters in this merge state.'),
      ],
      response: ok(z.looseObject({ entities: z.array(cluster) })),
    },
  ),
  graphs(
    'GET',
    '/graphs/clusterscans/{scanId}/clusters/{clusterId}',
    'getExternalcontactsGraphsClusterscanCluster',
    'One cluster found by a scan (preview)',
    {
      response: ok(cluster),
    },
  ),
  graphs(
    'PUT',
    '/graphs/clusterscans/{scanId}/clusters/{clusterId}/merge',
    'putExternalcontactsGraphsClusterscanClusterMerge',
    'Merge one cluster found by a scan (preview)',
    {
      response: ok(cluster),
    },
  ),
  graphs(
    'GET',
    '/graphs/clusterscans/{scanId}/statistics',
    'getExternalcontactsGraphsClusterscanStatistics',
    'Statistics of one cluster scan (preview)',
    {
      response: ok(scanStatistics),
    },
  ),
  graphs(
    'GET',
    '/graphs/settings',
    'getExternalcontactsGraphsSettings',
    'Org-wide graph settings (preview)',
    {
      response: ok(graphSettings),
    },
  ),
  graphs(
    'PUT',
    '/graphs/settings',
    'putExternalcontactsGraphsSettings',
    'Update the org-wide graph settings (preview)',
    {
      body: jsonBody(graphSettingsRequestSchema),
      response: ok(graphSettings),
    },
  ),

  journey(
    'GET',
    '/contacts/{contactId}/journey/segments',
    'getExternalcontactsContactJourneySegments',
    'Segment assignments of an external contact',
    {
      query: [
        flag('includeMerged', 'Include the whole merge set.'),
        integer('limit', 'At most this many, 1 to 500.', { minimum: 1, maximum: 500, default: 25 }),
      ],
      response: ok(z.looseObject({ entities: z.array(z.looseObject({})) })),
    },
  ),
  journey(
    'POST',
    '/contacts/{contactId}/journey/segments',
    'postExternalcontactsContactJourneySegments',
    'Assign or unassign up to 10 segments',
    {
      body: jsonBody(updateSegmentAssignmentSchema, false),
      response: ok(
        looseObject(
          'UpdateSegmentAssignmentResponse',
          'Assigned, unassigned and unprocessed segments.',
        ),
      ),
    },
  ),
  journey(
    'GET',
    '/contacts/{contactId}/journey/sessions',
    'getExternalcontactsContactJourneySessions',
    'Sessions of an external contact',
    {
      query: [
        integer('pageSize', 'At most this many, up to 200.', { minimum: 1 }),
        text('after', 'The after value of the previous page.'),
        flag('includeMerged', 'Include the whole merge set.'),
      ],
      response: ok(z.looseObject({ entities: z.array(z.looseObject({ id: z.string() })) })),
    },
  ),

  conversations(
    'PUT',
    '/conversations/{conversationId}',
    'putExternalcontactsConversation',
    'Associate or disassociate an external contact with a conversation',
    {
      body: jsonBody(conversationAssociationSchema),
      response: accepted('Accepted; no body.'),
    },
  ),
];
