/**
 * Migration: duplicate-detection cluster scans (`graphs/*`).
 *
 * `graph_state` is a one-row table: the org-wide graph settings and a data version that triggers
 * bump on every change to contacts or their claimed identifiers. A scan records the version it
 * saw, so `latest` can tell whether the data changed since (and only then scans again).
 * Clusters are numbered within their scan (`ordinal`), which is the order they are listed in and
 * what their cursor carries.
 */
/** Triggers that bump the data version on every insert, update and delete of a table. */
function dataVersionTriggers(prefix: string, table: string): string {
  return ['INSERT', 'UPDATE', 'DELETE']
    .map(
      (event) => `  CREATE TRIGGER ${prefix}_${event.toLowerCase()} AFTER ${event} ON ${table} BEGIN
    UPDATE graph_state SET data_version = data_version + 1 WHERE id = 1;
  END;`,
    )
    .join('\n');
}

export const GRAPHS_MIGRATION = `
  CREATE TABLE graph_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    data_version INTEGER NOT NULL DEFAULT 0,
    automatic_merging_enabled INTEGER NOT NULL DEFAULT 0 CHECK (automatic_merging_enabled IN (0, 1)),
    settings_modified TEXT,
    -- Set when settings change in a way the next scan must see (automatic merging turned on).
    rescan_requested INTEGER NOT NULL DEFAULT 0 CHECK (rescan_requested IN (0, 1))
  );
  INSERT INTO graph_state (id) VALUES (1);

${dataVersionTriggers('graph_contacts', 'contacts')}
${dataVersionTriggers('graph_identifiers', 'contact_identifiers')}

  CREATE TABLE cluster_scans (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    date_completed TEXT NOT NULL,
    data_version INTEGER NOT NULL,
    total_clusters INTEGER NOT NULL,
    auto_successes INTEGER NOT NULL DEFAULT 0,
    auto_failures INTEGER NOT NULL DEFAULT 0
  );

  CREATE TABLE clusters (
    scan_seq INTEGER NOT NULL REFERENCES cluster_scans (seq) ON DELETE CASCADE,
    ordinal INTEGER NOT NULL,
    id TEXT NOT NULL UNIQUE,
    division_id TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'NotMerged' CHECK (status IN ('AutoQueued', 'AutoSucceeded',
      'AutoFailed', 'ManualQueued', 'ManualSucceeded', 'ManualFailed', 'NotMerged')),
    error_code TEXT,
    error_message TEXT,
    date_merged TEXT,
    date_created TEXT NOT NULL,
    graph TEXT NOT NULL,
    PRIMARY KEY (scan_seq, ordinal)
  ) WITHOUT ROWID;
  CREATE INDEX clusters_by_status ON clusters (scan_seq, status, ordinal);
`;
