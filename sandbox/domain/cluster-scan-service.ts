import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createGraphsRepo } from '../db/graphs-repo.ts';
import type { ClusterRecord, MergeStatus, ScanRecord } from '../db/graphs-repo.ts';
import { ApiProblem, notFound } from '../errors.ts';
import { parseBody } from '../http/parse-body.ts';
import type { SandboxContext } from '../sandbox-context.ts';
import { findClusters } from './cluster-finder.ts';
import type { ScannedContact } from './cluster-finder.ts';
import { contactVertexKeys } from './cluster-vertices.ts';
import type { ContactService } from './contact-service.ts';
import { createMergeService } from './merge-service.ts';

/**
 * Duplicate-detection scans. The sandbox scans on demand: `latest` runs a new scan when there is
 * none, when contacts or their identifiers changed since the last one, or when automatic merging
 * was just turned on. Merges run synchronously, so the Queued statuses are never left behind.
 */

/** Older scans (and their clusters) are dropped beyond this many. */
export const KEPT_SCANS = 25;
const PAGE = 1000;

export const graphSettingsRequestSchema = z.object({
  automaticMergingEnabled: z.boolean({ error: 'automaticMergingEnabled must be true or false.' }),
});

export function scanNotFound(id: string): ApiProblem {
  return notFound(`The cluster scan ${id} was not found.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'clusterScan' },
  ]);
}

export function clusterNotFound(id: string): ApiProblem {
  return notFound(`The cluster ${id} was not found in this scan.`, [
    { errorCode: 'not.found', entityId: id, entityName: 'cluster' },
  ]);
}

type MergeKind = 'Manual' | 'Auto';

export function createClusterScanService(context: SandboxContext, contacts: ContactService) {
  const { db } = context;
  const repo = createGraphsRepo(db);
  const merges = createMergeService(contacts);

  function scannedContacts(): ScannedContact[] {
    const claimed = repo.claimedIdentifiers();
    const scanned: ScannedContact[] = [];
    let after = '';
    for (;;) {
      const page = contacts.contacts.scan(after, null, PAGE);
      for (const record of page) {
        scanned.push({
          id: record.id,
          divisionId: record.divisionId,
          keys: contactVertexKeys(record.doc, claimed.get(record.id) ?? []),
        });
      }
      const last = page[page.length - 1];
      if (last === undefined || page.length < PAGE) return scanned;
      after = last.id;
    }
  }

  /** Merges the cluster's contacts as they are now (following later merges); records the outcome. */
  function attemptMerge(cluster: ClusterRecord, kind: MergeKind): MergeStatus {
    const targets = [
      ...new Set(cluster.graph.contactIds.flatMap((id) => contacts.findResolved(id)?.id ?? [])),
    ];
    const failed = (errorCode: string, errorMessage: string): MergeStatus => {
      const status: MergeStatus = `${kind}Failed`;
      repo.recordMerge(cluster, { status, errorCode, errorMessage, dateMerged: contacts.now() });
      return status;
    };
    if (targets.length < 2) {
      return failed(
        'cluster.contacts.changed',
        'The contacts of this cluster were merged or deleted since the scan: fewer than 2 are left to merge.',
      );
    }
    try {
      const status: MergeStatus = `${kind}Succeeded`;
      db.transaction(() => {
        merges.mergeContacts({ contactIds: targets });
        repo.recordMerge(cluster, {
          status,
          errorCode: null,
          errorMessage: null,
          dateMerged: contacts.now(),
        });
      })();
      return status;
    } catch (error) {
      if (!(error instanceof ApiProblem)) throw error;
      return failed(error.details[0]?.errorCode ?? error.code, error.message);
    }
  }

  function runScan(): ScanRecord {
    const found = findClusters(scannedContacts());
    const timestamp = contacts.now();
    const id = randomUUID();
    let seq = 0;
    db.transaction(() => {
      seq = repo.insertScan({
        id,
        dateCompleted: timestamp,
        dataVersion: repo.dataVersion(),
        totalClusters: found.length,
      });
      found.forEach((cluster, index) => {
        repo.insertCluster({
          scanSeq: seq,
          ordinal: index + 1,
          id: randomUUID(),
          divisionId: cluster.divisionId,
          dateCreated: timestamp,
          graph: {
            contactIds: cluster.contactIds,
            identifiers: cluster.identifiers,
            edges: cluster.edges,
          },
        });
      });
      repo.clearRescan();
      repo.keepNewestScans(KEPT_SCANS);
    })();
    if (repo.settings().automaticMergingEnabled) {
      let successes = 0;
      let failures = 0;
      for (let ordinal = 0; ;) {
        const batch = repo.clusters({
          scanSeq: seq,
          afterOrdinal: ordinal,
          divisionIds: [],
          status: null,
          limit: 100,
        });
        for (const cluster of batch) {
          if (attemptMerge(cluster, 'Auto') === 'AutoSucceeded') successes += 1;
          else failures += 1;
          ordinal = cluster.ordinal;
        }
        if (batch.length < 100) break;
      }
      // The scan's own merges do not make it stale.
      repo.finishScan(seq, repo.dataVersion(), successes, failures);
    }
    const scan = repo.findScan(id);
    if (scan === null) throw new Error('the scan just stored is missing');
    return scan;
  }

  function requireScan(id: string): ScanRecord {
    const scan = repo.findScan(id);
    if (scan === null) throw scanNotFound(id);
    return scan;
  }

  function requireCluster(scan: ScanRecord, clusterId: string): ClusterRecord {
    const cluster = repo.findCluster(scan.seq, clusterId);
    if (cluster === null) throw clusterNotFound(clusterId);
    return cluster;
  }

  return {
    repo,
    requireScan,
    requireCluster,
    runScan,

    latest(): ScanRecord {
      const scan = repo.latestScan();
      const stale =
        scan === null || scan.dataVersion !== repo.dataVersion() || repo.settings().rescanRequested;
      return stale ? runScan() : scan;
    },

    /** Idempotent: a cluster merged already is returned as it is, so a retry never merges twice. */
    mergeCluster(scanId: string, clusterId: string): { scan: ScanRecord; cluster: ClusterRecord } {
      const scan = requireScan(scanId);
      const cluster = requireCluster(scan, clusterId);
      if (cluster.status === 'ManualSucceeded' || cluster.status === 'AutoSucceeded') {
        return { scan, cluster };
      }
      const versionBefore = repo.dataVersion();
      const status = attemptMerge(cluster, 'Manual');
      const latest = repo.latestScan();
      // Merging a cluster of the latest scan keeps that scan current: the merge is its own doing.
      if (
        status === 'ManualSucceeded' &&
        latest?.seq === scan.seq &&
        latest.dataVersion === versionBefore
      ) {
        repo.setScanVersion(scan.seq, repo.dataVersion());
      }
      return { scan, cluster: requireCluster(scan, clusterId) };
    },

    updateSettings(body: unknown) {
      const request = parseBody(graphSettingsRequestSchema, body);
      const before = repo.settings();
      const turnedOn = request.automaticMergingEnabled && !before.automaticMergingEnabled;
      repo.saveSettings(request.automaticMergingEnabled, contacts.now(), turnedOn);
      return repo.settings();
    },
  };
}

export type ClusterScanService = ReturnType<typeof createClusterScanService>;
