import type { SandboxOptions } from '../config.ts';
import type {
  DivisionRecord,
  GrantType,
  OrganizationRecord,
  RoleRecord,
  UserState,
} from '../db/identity-records.ts';
import {
  CONTACT_EDITOR_PERMISSIONS,
  EMPLOYEE_PERMISSIONS,
  EXTERNAL_CONTACTS_ADMIN_PERMISSIONS,
  EXTERNAL_CONTACTS_VIEWER_PERMISSIONS,
} from './permissions.ts';

// Ids are fixed (valid v4-shaped uuids with a readable pattern) so tests and docs can name them.

export const DEMO_ORGANIZATION: OrganizationRecord = {
  id: '0e0e0e0e-0000-4000-8000-000000000001',
  name: 'Sandbox Demo Org',
  domain: 'sandbox.example',
};

export const DIVISION_IDS = {
  home: 'd1d1d1d1-0000-4000-8000-000000000001',
  emeaSales: 'd1d1d1d1-0000-4000-8000-000000000002',
  americasSupport: 'd1d1d1d1-0000-4000-8000-000000000003',
} as const;

export const DEMO_DIVISIONS: readonly DivisionRecord[] = [
  {
    id: DIVISION_IDS.home,
    name: 'Home',
    description: 'The default division of the organization.',
    isHome: true,
  },
  {
    id: DIVISION_IDS.emeaSales,
    name: 'EMEA Sales',
    description: 'Sales teams for Europe, the Middle East and Africa.',
    isHome: false,
  },
  {
    id: DIVISION_IDS.americasSupport,
    name: 'Americas Support',
    description: 'Customer support for North and South America.',
    isHome: false,
  },
];

export const ROLE_IDS = {
  admin: 'a0a0a0a0-0000-4000-8000-000000000001',
  viewer: 'a0a0a0a0-0000-4000-8000-000000000002',
  editor: 'a0a0a0a0-0000-4000-8000-000000000003',
  employee: 'a0a0a0a0-0000-4000-8000-000000000004',
} as const;

export const DEMO_ROLES: readonly RoleRecord[] = [
  {
    id: ROLE_IDS.admin,
    name: 'External Contacts Admin',
    description:
      'Everything in External Contacts: contacts, organizations, merge and promote, custom fields, imports, exports and sources.',
    permissions: EXTERNAL_CONTACTS_ADMIN_PERMISSIONS,
  },
  {
    id: ROLE_IDS.viewer,
    name: 'External Contacts Viewer',
    description:
      'Can look at contacts, organizations, custom fields and sources, but change nothing.',
    permissions: EXTERNAL_CONTACTS_VIEWER_PERMISSIONS,
  },
  {
    id: ROLE_IDS.editor,
    name: 'Contact Editor',
    description:
      'Can view, create, edit and delete contacts and organizations; no merge, promote or custom fields.',
    permissions: CONTACT_EDITOR_PERMISSIONS,
  },
  {
    id: ROLE_IDS.employee,
    name: 'Employee',
    description: 'No External Contacts access; can only look up colleagues in the directory.',
    permissions: EMPLOYEE_PERMISSIONS,
  },
];

export interface DemoUser {
  id: string;
  name: string;
  email: string;
  title: string;
  department: string;
  state: UserState;
  divisionId: string;
  roleIds: readonly string[];
}

export const USER_IDS = {
  alexAdmin: '11111111-0000-4000-8000-000000000001',
  rileyReader: '11111111-0000-4000-8000-000000000002',
  caseyCurator: '11111111-0000-4000-8000-000000000003',
} as const;

function demoUser(
  number: number,
  name: string,
  email: string,
  title: string,
  department: string,
  divisionId: string,
  roleIds: readonly string[] = [ROLE_IDS.employee],
): DemoUser {
  const id = `11111111-0000-4000-8000-${String(number).padStart(12, '0')}`;
  return { id, name, email, title, department, state: 'active', divisionId, roleIds };
}

export const DEMO_USERS: readonly DemoUser[] = [
  demoUser(1, 'Alex Admin', 'admin@sandbox.example', 'CRM Administrator', 'IT', DIVISION_IDS.home, [
    ROLE_IDS.admin,
  ]),
  demoUser(
    2,
    'Riley Reader',
    'reader@sandbox.example',
    'Support Analyst',
    'Customer Support',
    DIVISION_IDS.americasSupport,
    [ROLE_IDS.viewer],
  ),
  demoUser(
    3,
    'Casey Curator',
    'curator@sandbox.example',
    'Data Steward',
    'Sales Operations',
    DIVISION_IDS.emeaSales,
    [ROLE_IDS.editor],
  ),
  demoUser(
    4,
    'Jordan Lee',
    'jordan.lee@sandbox.example',
    'Account Executive',
    'Sales',
    DIVISION_IDS.emeaSales,
  ),
  demoUser(
    5,
    'Priya Natarajan',
    'priya.natarajan@sandbox.example',
    'Account Manager',
    'Sales',
    DIVISION_IDS.emeaSales,
  ),
  demoUser(
    6,
    'Mateo García',
    'mateo.garcia@sandbox.example',
    'Support Engineer',
    'Customer Support',
    DIVISION_IDS.americasSupport,
  ),
  demoUser(
    7,
    'Aisha Bello',
    'aisha.bello@sandbox.example',
    'Team Lead',
    'Customer Support',
    DIVISION_IDS.americasSupport,
  ),
  demoUser(
    8,
    'Tom Becker',
    'tom.becker@sandbox.example',
    'Sales Director',
    'Sales',
    DIVISION_IDS.emeaSales,
  ),
  demoUser(
    9,
    'Mei Chen',
    'mei.chen@sandbox.example',
    'Customer Success Manager',
    'Customer Success',
    DIVISION_IDS.home,
  ),
  demoUser(
    10,
    "Liam O'Connor",
    'liam.oconnor@sandbox.example',
    'Partner Manager',
    'Partnerships',
    DIVISION_IDS.home,
  ),
  demoUser(
    11,
    'Sofia Rossi',
    'sofia.rossi@sandbox.example',
    'Solutions Consultant',
    'Presales',
    DIVISION_IDS.emeaSales,
  ),
];

export interface DemoClient {
  id: string;
  name: string;
  grantType: GrantType;
  secret: string | null;
  redirectUris: readonly string[];
  allowLoopbackRedirects: boolean;
  roleId: string | null;
}

/** The two OAuth clients; their ids, secret and redirects come from flags, so they are built per run. */
export function demoClients(options: SandboxOptions): DemoClient[] {
  return [
    {
      id: options.consoleClientId,
      name: 'External Contacts Console (sandbox)',
      grantType: 'implicit',
      secret: null,
      redirectUris: options.consoleRedirects,
      allowLoopbackRedirects: true,
      roleId: null,
    },
    {
      id: options.clientId,
      name: 'Sandbox client credentials',
      grantType: 'client_credentials',
      secret: options.clientSecret,
      // Lets an implicit-grant attempt with this client reach the `unauthorized_client` redirect.
      redirectUris: [],
      allowLoopbackRedirects: true,
      roleId: ROLE_IDS.admin,
    },
  ];
}
