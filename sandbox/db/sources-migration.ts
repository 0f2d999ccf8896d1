/**
 * Migration #5: external sources, conversation links and journey data (segments, assignments,
 * sessions).
 *
 * Links, assignments and sessions reference contacts with ON DELETE CASCADE: a deleted contact
 * takes its journey data with it. Nothing references external_sources, because deleting a source
 * leaves the records that name it untouched (domain-rules §11).
 *
 * The segment catalogue is Genesys Journey configuration, outside External Contacts, so the
 * sandbox ships a fixed demo catalogue (ids never change, so scripts may hard-code them).
 * `assignment_days` is how long an assignment lasts before it is due for unassignment.
 */
export const SOURCES_CONVERSATIONS_JOURNEY_MIGRATION = `
  CREATE TABLE external_sources (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL COLLATE NOCASE UNIQUE,
    active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    uri_template TEXT
  );

  CREATE TABLE conversation_links (
    conversation_id TEXT PRIMARY KEY,
    communication_id TEXT NOT NULL,
    media_type TEXT NOT NULL,
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    date_linked TEXT NOT NULL
  );
  CREATE INDEX conversation_links_by_contact ON conversation_links (contact_id, date_linked);

  CREATE TABLE journey_segments (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    assignment_days INTEGER NOT NULL CHECK (assignment_days > 0)
  );
  INSERT INTO journey_segments (id, name, description, assignment_days) VALUES
    ('5f1c1f0e-0001-4a6b-9c1d-5e9a00000001', 'High value customer', 'Lifetime spend above threshold', 365),
    ('5f1c1f0e-0002-4a6b-9c1d-5e9a00000002', 'Returning visitor', 'Visited the site more than once', 30),
    ('5f1c1f0e-0003-4a6b-9c1d-5e9a00000003', 'Cart abandoner', 'Left items in the cart', 7),
    ('5f1c1f0e-0004-4a6b-9c1d-5e9a00000004', 'Mobile app user', 'Signed in through the app', 90),
    ('5f1c1f0e-0005-4a6b-9c1d-5e9a00000005', 'Support seeker', 'Opened the help centre', 14),
    ('5f1c1f0e-0006-4a6b-9c1d-5e9a00000006', 'Newsletter subscriber', 'Opted in to marketing email', 180);

  CREATE TABLE journey_segment_assignments (
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    segment_id TEXT NOT NULL REFERENCES journey_segments (id),
    date_assigned TEXT NOT NULL,
    date_for_unassignment TEXT NOT NULL,
    PRIMARY KEY (contact_id, segment_id)
  ) WITHOUT ROWID;

  CREATE TABLE journey_sessions (
    id TEXT PRIMARY KEY,
    contact_id TEXT NOT NULL REFERENCES contacts (id) ON DELETE CASCADE,
    type TEXT NOT NULL,
    created_date TEXT NOT NULL,
    doc TEXT NOT NULL
  );
  CREATE INDEX journey_sessions_by_contact ON journey_sessions (contact_id, created_date, id);
`;
