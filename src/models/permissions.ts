/**
 * Every permission the console checks, written once (endpoints.md: each endpoint's ANY rule).
 * A list means "any one of these"; Genesys grants `relate:*` permissions to older roles, so most
 * record actions accept both families. Pages, navigation, the home page's access table and the
 * record kit all read from here.
 */
export const PERMISSIONS = {
  contact: {
    view: ['externalContacts:contact:view', 'relate:contact:view'],
    add: ['externalContacts:contact:add', 'relate:contact:add'],
    edit: ['externalContacts:contact:edit', 'relate:contact:edit'],
    delete: ['externalContacts:contact:delete', 'relate:contact:delete'],
    /** Division-scoped: the division pickers ask which divisions grant this one. */
    divisionView: ['externalContacts:contact:view'],
    /** Identifier claims accept only the externalContacts family. */
    identifiersEdit: ['externalContacts:contact:edit'],
    /** Enrich (find-or-create, single and bulk): the externalContacts family only. */
    enrich: ['externalContacts:contact:enrich'],
  },
  organization: {
    view: ['externalContacts:externalOrganization:view', 'relate:externalOrganization:view'],
    add: ['externalContacts:externalOrganization:add', 'relate:externalOrganization:add'],
    edit: ['externalContacts:externalOrganization:edit', 'relate:externalOrganization:edit'],
    delete: ['externalContacts:externalOrganization:delete', 'relate:externalOrganization:delete'],
    divisionView: ['externalContacts:externalOrganization:view'],
    identifiersEdit: ['externalContacts:externalOrganization:edit'],
    enrich: ['externalContacts:externalOrganization:enrich'],
    /** Trustor link and unlink accept only the externalContacts edit permission. */
    trustorEdit: ['externalContacts:externalOrganization:edit'],
    /** Finding a trustor to link: GET /orgauthorization/trustors. */
    trustorView: ['authorization:orgTrustor:view'],
  },
  identity: {
    merge: ['externalContacts:identity:merge'],
    promote: ['externalContacts:identity:promote'],
  },
  conversation: {
    associate: ['externalContacts:conversation:associate', 'relate:conversation:associate'],
  },
  journey: {
    sessionView: ['externalContacts:session:view'],
    segmentView: ['externalContacts:segmentAssignment:view'],
    segmentChange: [
      'externalContacts:segmentAssignment:add',
      'externalContacts:segmentAssignment:delete',
    ],
  },
  schema: {
    view: ['externalContacts:customFields:view'],
    add: ['externalContacts:customFields:add'],
    edit: ['externalContacts:customFields:edit'],
  },
  /** External sources (CRMs an external id points at): the externalContacts family only. */
  externalSource: {
    view: ['externalContacts:externalSource:view'],
    add: ['externalContacts:externalSource:add'],
    edit: ['externalContacts:externalSource:edit'],
    delete: ['externalContacts:externalSource:delete'],
  },
  /** Genesys' export jobs (contacts, organizations, notes, relationships). */
  export: {
    view: ['externalContacts:export:view'],
    add: ['externalContacts:export:add'],
  },
  /** Genesys' contact import jobs: each step of starting one has its own permission. */
  importJob: {
    list: ['externalContacts:importJob:viewAll'],
    view: ['externalContacts:importJob:view'],
    /** Continue or cancel a validated job. */
    edit: ['externalContacts:importJob:edit'],
    upload: ['externalContacts:importCsvUpload:add'],
    csvSettings: ['externalContacts:importCsvSettings:add'],
    settings: ['externalContacts:importSettings:add'],
    csvJob: ['externalContacts:importCsvJob:add'],
    sourceView: ['externalContacts:externalSource:view'],
    sourceAdd: ['externalContacts:externalSource:add'],
  },
  graph: {
    clusterView: ['externalContacts:graphCluster:view'],
    clusterMerge: ['externalContacts:graphCluster:merge'],
    settingsView: ['externalContacts:graphSettingsGlobal:view'],
    settingsEdit: ['externalContacts:graphSettingsGlobal:edit'],
  },
} as const satisfies Record<string, Record<string, readonly string[]>>;

export type PermissionList = readonly string[];
