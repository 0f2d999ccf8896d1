/**
 * Migration: the organizations that trust the demo org (Genesys org authorization), behind
 * GET /api/v2/orgauthorization/trustors and the trustor link of an external organization.
 *
 * A trust is granted by an admin of the other org, outside External Contacts and outside this
 * emulator's API, so the demo trustors come with the schema, whatever `--seed` chose (like the
 * journey segments): every data file, fresh or upgraded, can link an external organization to one.
 * `created_by` is the trustor org's user who granted the trust, as an OrgUser JSON object (that
 * user lives in the other org, so it is not one of the sandbox's users).
 *
 * Part of a shipped migration: never edit; a change is a new migration.
 */
export const TRUSTORS_MIGRATION = `
  CREATE TABLE trustors (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    third_party_org_name TEXT NOT NULL,
    domain TEXT NOT NULL,
    enabled INTEGER NOT NULL CHECK (enabled IN (0, 1)),
    date_created TEXT NOT NULL,
    created_by TEXT NOT NULL
  );
  CREATE INDEX trustors_by_name ON trustors (name COLLATE NOCASE, id);
  INSERT INTO trustors (id, name, third_party_org_name, domain, enabled, date_created, created_by) VALUES
    ('f0f0f0f0-0000-4000-8000-000000000001', 'Northwind Contact Centre', 'northwind-cc',
      'northwind.example', 1, '2026-01-12T09:30:00.000Z',
      '{"id":"f1f1f1f1-0000-4000-8000-000000000001","name":"Nora Lindqvist","email":"nora.lindqvist@northwind.example","username":"nora.lindqvist@northwind.example","title":"Platform administrator","department":"IT","state":"active","version":3}'),
    ('f0f0f0f0-0000-4000-8000-000000000002', 'Contoso Outsourced Support', 'contoso-support',
      'contoso.example', 1, '2026-03-04T14:05:00.000Z',
      '{"id":"f1f1f1f1-0000-4000-8000-000000000002","name":"Omar Haddad","email":"omar.haddad@contoso.example","username":"omar.haddad@contoso.example","title":"Head of operations","department":"Operations","state":"active","version":1}'),
    ('f0f0f0f0-0000-4000-8000-000000000003', 'Fabrikam Partner Services', 'fabrikam-partners',
      'fabrikam.example', 0, '2025-10-20T11:00:00.000Z',
      '{"id":"f1f1f1f1-0000-4000-8000-000000000003","name":"Grace Okafor","email":"grace.okafor@fabrikam.example","username":"grace.okafor@fabrikam.example","title":"Telephony lead","department":"Customer care","state":"active","version":2}');
`;

/** The demo trustors' org ids, for the seed and tests (the third one's trust is disabled). */
export const DEMO_TRUSTOR_IDS = {
  northwind: 'f0f0f0f0-0000-4000-8000-000000000001',
  contoso: 'f0f0f0f0-0000-4000-8000-000000000002',
  fabrikamDisabled: 'f0f0f0f0-0000-4000-8000-000000000003',
} as const;
