import type { SqliteDatabase } from './connection.ts';

/** Cluster scans, their clusters and the org-wide graph settings (see graphs-migration.ts). */

export const MERGE_STATUSES = [
  'AutoQueued',
  'AutoSucceeded',
  'AutoFailed',
  'ManualQueued',
  'ManualSucceeded',
  'ManualFailed',
  'NotMerged',
] as const;
export type MergeStatus = (typeof MERGE_STATUSES)[number];

/** A cluster's graph as stored: contact ids, shared identifiers, and contact→identifier edges. */
export interface StoredClusterGraph {
  contactIds: string[];
  identifiers: { type: string; value: string }[];
  /** [index into contactIds, index into identifiers] */
  edges: [number, number][];
}

export interface ScanRecord {
  seq: number;
  id: string;
  dateCompleted: string;
  dataVersion: number;
  totalClusters: number;
  autoSuccesses: number;
  autoFailures: number;
}

export interface ClusterRecord {
  scanSeq: number;
  ordinal: number;
  id: string;
  divisionId: string;
  status: MergeStatus;
  errorCode: string | null;
  errorMessage: string | null;
  dateMerged: string | null;
  dateCreated: string;
  graph: StoredClusterGraph;
}

export interface GraphSettingsRecord {
  automaticMergingEnabled: boolean;
  dateModified: string | null;
  rescanRequested: boolean;
}

interface ScanRow {
  seq: number;
  id: string;
  date_completed: string;
  data_version: number;
  total_clusters: number;
  auto_successes: number;
  auto_failures: number;
}

interface ClusterRow {
  scan_seq: number;
  ordinal: number;
  id: string;
  division_id: string;
  status: MergeStatus;
  error_code: string | null;
  error_message: string | null;
  date_merged: string | null;
  date_created: string;
  graph: string;
}

function toScan(row: ScanRow): ScanRecord {
  return {
    seq: row.seq,
    id: row.id,
    dateCompleted: row.date_completed,
    dataVersion: row.data_version,
    totalClusters: row.total_clusters,
    autoSuccesses: row.auto_successes,
    autoFailures: row.auto_failures,
  };
}

function parseGraph(json: string): StoredClusterGraph {
  const parsed = JSON.parse(json) as Partial<StoredClusterGraph>;
  return {
    contactIds: parsed.contactIds ?? [],
    identifiers: parsed.identifiers ?? [],
    edges: parsed.edges ?? [],
  };
}

function toCluster(row: ClusterRow): ClusterRecord {
  return {
    scanSeq: row.scan_seq,
    ordinal: row.ordinal,
    id: row.id,
    divisionId: row.division_id,
    status: row.status,
    errorCode: row.error_code,
    errorMessage: row.error_message,
    dateMerged: row.date_merged,
    dateCreated: row.date_created,
    graph: parseGraph(row.graph),
  };
}

export interface ClusterQuery {
  scanSeq: number;
  afterOrdinal: number;
  divisionIds: readonly string[];
  status: MergeStatus | null;
  limit: number;
}

export function createGraphsRepo(db: SqliteDatabase) {
  const state = db.prepare(
    'SELECT data_version, automatic_merging_enabled, settings_modified, rescan_requested FROM graph_state WHERE id = 1',
  );
  const saveSettings = db.prepare(`UPDATE graph_state SET automatic_merging_enabled = @enabled,
      settings_modified = @modified, rescan_requested = rescan_requested OR @rescan WHERE id = 1`);
  const clearRescan = db.prepare('UPDATE graph_state SET rescan_requested = 0 WHERE id = 1');
  const insertScan = db.prepare(`INSERT INTO cluster_scans (id, date_completed, data_version,
      total_clusters, auto_successes, auto_failures)
    VALUES (@id, @dateCompleted, @dataVersion, @totalClusters, 0, 0)`);
  const scanColumns =
    'seq, id, date_completed, data_version, total_clusters, auto_successes, auto_failures';
  const latestScan = db.prepare(
    `SELECT ${scanColumns} FROM cluster_scans ORDER BY seq DESC LIMIT 1`,
  );
  const scanById = db.prepare(`SELECT ${scanColumns} FROM cluster_scans WHERE id = ?`);
  const scanPage = db.prepare(`SELECT ${scanColumns} FROM cluster_scans
    WHERE (@before IS NULL OR seq < @before) ORDER BY seq DESC LIMIT @limit`);
  const updateScanTotals = db.prepare(`UPDATE cluster_scans SET data_version = @dataVersion,
      auto_successes = @autoSuccesses, auto_failures = @autoFailures WHERE seq = @seq`);
  const setScanVersion = db.prepare(
    'UPDATE cluster_scans SET data_version = @dataVersion WHERE seq = @seq',
  );
  const pruneScans = db.prepare(
    'DELETE FROM cluster_scans WHERE seq NOT IN (SELECT seq FROM cluster_scans ORDER BY seq DESC LIMIT ?)',
  );
  const insertCluster = db.prepare(`INSERT INTO clusters (scan_seq, ordinal, id, division_id,
      status, date_created, graph)
    VALUES (@scanSeq, @ordinal, @id, @divisionId, 'NotMerged', @dateCreated, @graph)`);
  const clusterColumns = `scan_seq, ordinal, id, division_id, status, error_code, error_message,
    date_merged, date_created, graph`;
  const clusterById = db.prepare(
    `SELECT ${clusterColumns} FROM clusters WHERE scan_seq = ? AND id = ?`,
  );
  const clusterPage = db.prepare(`SELECT ${clusterColumns} FROM clusters
    WHERE scan_seq = @scanSeq AND ordinal > @after
      AND (@status IS NULL OR status = @status)
      AND (@divisions IS NULL OR division_id IN (SELECT value FROM json_each(@divisions)))
    ORDER BY ordinal LIMIT @limit`);
  const claims = db.prepare('SELECT contact_id, type, value FROM contact_identifiers');
  const updateMerge = db.prepare(`UPDATE clusters SET status = @status, error_code = @errorCode,
      error_message = @errorMessage, date_merged = @dateMerged WHERE scan_seq = @scanSeq AND id = @id`);

  return {
    dataVersion(): number {
      return (state.get() as { data_version: number }).data_version;
    },
    settings(): GraphSettingsRecord {
      const row = state.get() as {
        automatic_merging_enabled: number;
        settings_modified: string | null;
        rescan_requested: number;
      };
      return {
        automaticMergingEnabled: row.automatic_merging_enabled === 1,
        dateModified: row.settings_modified,
        rescanRequested: row.rescan_requested === 1,
      };
    },
    saveSettings(enabled: boolean, modified: string, rescan: boolean): void {
      saveSettings.run({ enabled: enabled ? 1 : 0, modified, rescan: rescan ? 1 : 0 });
    },
    clearRescan(): void {
      clearRescan.run();
    },
    insertScan(scan: Pick<ScanRecord, 'id' | 'dateCompleted' | 'dataVersion' | 'totalClusters'>) {
      return Number(insertScan.run(scan).lastInsertRowid);
    },
    latestScan(): ScanRecord | null {
      const row = latestScan.get() as ScanRow | undefined;
      return row === undefined ? null : toScan(row);
    },
    findScan(id: string): ScanRecord | null {
      const row = scanById.get(id) as ScanRow | undefined;
      return row === undefined ? null : toScan(row);
    },
    /** Newest first; `before` is the seq of the last scan of the previous page. */
    scans(before: number | null, limit: number): ScanRecord[] {
      return (scanPage.all({ before, limit }) as ScanRow[]).map(toScan);
    },
    finishScan(seq: number, dataVersion: number, autoSuccesses: number, autoFailures: number) {
      updateScanTotals.run({ seq, dataVersion, autoSuccesses, autoFailures });
    },
    setScanVersion(seq: number, dataVersion: number): void {
      setScanVersion.run({ seq, dataVersion });
    },
    keepNewestScans(count: number): void {
      pruneScans.run(count);
    },
    insertCluster(
      cluster: Omit<ClusterRecord, 'status' | 'errorCode' | 'errorMessage' | 'dateMerged'>,
    ) {
      insertCluster.run({
        scanSeq: cluster.scanSeq,
        ordinal: cluster.ordinal,
        id: cluster.id,
        divisionId: cluster.divisionId,
        dateCreated: cluster.dateCreated,
        graph: JSON.stringify(cluster.graph),
      });
    },
    findCluster(scanSeq: number, id: string): ClusterRecord | null {
      const row = clusterById.get(scanSeq, id) as ClusterRow | undefined;
      return row === undefined ? null : toCluster(row);
    },
    clusters(query: ClusterQuery): ClusterRecord[] {
      const rows = clusterPage.all({
        scanSeq: query.scanSeq,
        after: query.afterOrdinal,
        status: query.status,
        divisions: query.divisionIds.length === 0 ? null : JSON.stringify(query.divisionIds),
        limit: query.limit,
      }) as ClusterRow[];
      return rows.map(toCluster);
    },
    /** Every claimed contact identifier, grouped by contact. */
    claimedIdentifiers(): Map<string, { type: string; value: string }[]> {
      const byContact = new Map<string, { type: string; value: string }[]>();
      for (const row of claims.iterate() as Iterable<{
        contact_id: string;
        type: string;
        value: string;
      }>) {
        const list = byContact.get(row.contact_id) ?? [];
        list.push({ type: row.type, value: row.value });
        byContact.set(row.contact_id, list);
      }
      return byContact;
    },
    recordMerge(
      cluster: Pick<ClusterRecord, 'scanSeq' | 'id'>,
      outcome: {
        status: MergeStatus;
        errorCode: string | null;
        errorMessage: string | null;
        dateMerged: string | null;
      },
    ): void {
      updateMerge.run({ scanSeq: cluster.scanSeq, id: cluster.id, ...outcome });
    },
  };
}

export type GraphsRepo = ReturnType<typeof createGraphsRepo>;
