import type { FastifyInstance } from 'fastify';
import { requireAnyPermission } from '../../auth/guard.ts';
import { createClusterScanService } from '../../domain/cluster-scan-service.ts';
import type { ClusterScanService } from '../../domain/cluster-scan-service.ts';
import {
  parseGraphLimit,
  parsePositionCursor,
  parseStatusFilter,
  positionCursor,
  pageUris,
  wantsStatistics,
} from '../../domain/cluster-paging.ts';
import { parseDivisionIds } from '../../domain/search-paging.ts';
import {
  SCANS_PATH,
  clusterJson,
  scanJson,
  settingsJson,
  statisticsJson,
} from '../../domain/cluster-views.ts';
import { createContactService } from '../../domain/contact-service.ts';
import type { ContactService } from '../../domain/contact-service.ts';
import type { ClusterRecord, ScanRecord } from '../../db/graphs-repo.ts';
import { asQueryRecord } from '../../http/query-params.ts';
import type { SandboxContext } from '../../sandbox-context.ts';
import { CONTACT_VIEW_ONLY } from './contacts-permissions.ts';

/** Permissions of the graphs/* preview routes (endpoints.md footnote ¹: single permissions). */
const SCAN_VIEW = 'externalContacts:graphClusterScan:view';
const CLUSTER_VIEW = 'externalContacts:graphCluster:view';
const CLUSTER_MERGE = 'externalContacts:graphCluster:merge';
const SETTINGS_VIEW = 'externalContacts:graphSettingsGlobal:view';
const SETTINGS_EDIT = 'externalContacts:graphSettingsGlobal:edit';

const ROUTE = '/externalcontacts/graphs';

interface ScanParams {
  scanId: string;
}
interface ClusterParams extends ScanParams {
  clusterId: string;
}

function clusterView(
  context: SandboxContext,
  contacts: ContactService,
  scan: ScanRecord,
  cluster: ClusterRecord,
) {
  return clusterJson(cluster, {
    scan,
    division: context.identities.findDivision(cluster.divisionId),
    contactJson: (id) => {
      const record = contacts.contacts.find(id);
      return record === null ? null : contacts.view(record, new Set());
    },
  });
}

/** /api/v2/externalcontacts/graphs: duplicate-detection cluster scans and their settings. */
export function registerGraphRoutes(app: FastifyInstance, context: SandboxContext): void {
  const contacts = createContactService(context);
  const scans: ClusterScanService = createClusterScanService(context, contacts);

  app.get(
    `${ROUTE}/clusterscans`,
    { preHandler: requireAnyPermission(SCAN_VIEW) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const limit = parseGraphLimit(query);
      const before = parsePositionCursor(query);
      const withStatistics = wantsStatistics(query);
      const rows = scans.repo.scans(before, limit + 1);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const after =
        rows.length > limit && last !== undefined ? positionCursor(last.seq) : undefined;
      return {
        entities: page.map((scan) => scanJson(scan, withStatistics)),
        cursors: after === undefined ? {} : { after },
        ...pageUris(SCANS_PATH, query, after),
      };
    },
  );

  app.get(
    `${ROUTE}/clusterscans/latest`,
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    async (request) => {
      const withStatistics = wantsStatistics(asQueryRecord(request.query));
      return scanJson(scans.latest(), withStatistics);
    },
  );

  app.get(
    `${ROUTE}/clusterscans/latest/statistics`,
    { preHandler: requireAnyPermission(...CONTACT_VIEW_ONLY) },
    async () => statisticsJson(scans.latest()),
  );

  app.get<{ Params: ScanParams }>(
    `${ROUTE}/clusterscans/:scanId`,
    { preHandler: requireAnyPermission(SCAN_VIEW) },
    async (request) => {
      const withStatistics = wantsStatistics(asQueryRecord(request.query));
      return scanJson(scans.requireScan(request.params.scanId), withStatistics);
    },
  );

  app.get<{ Params: ScanParams }>(
    `${ROUTE}/clusterscans/:scanId/statistics`,
    { preHandler: requireAnyPermission(SCAN_VIEW) },
    async (request) => statisticsJson(scans.requireScan(request.params.scanId)),
  );

  app.get<{ Params: ScanParams }>(
    `${ROUTE}/clusterscans/:scanId/clusters`,
    { preHandler: requireAnyPermission(CLUSTER_VIEW) },
    async (request) => {
      const query = asQueryRecord(request.query);
      const limit = parseGraphLimit(query);
      const afterOrdinal = parsePositionCursor(query) ?? 0;
      const divisionIds = parseDivisionIds(query);
      const status = parseStatusFilter(query);
      const scan = scans.requireScan(request.params.scanId);
      const rows = scans.repo.clusters({
        scanSeq: scan.seq,
        afterOrdinal,
        divisionIds,
        status,
        limit: limit + 1,
      });
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      const after =
        rows.length > limit && last !== undefined ? positionCursor(last.ordinal) : undefined;
      return {
        entities: page.map((cluster) => clusterView(context, contacts, scan, cluster)),
        cursors: after === undefined ? {} : { after },
        ...pageUris(`${SCANS_PATH}/${scan.id}/clusters`, query, after),
      };
    },
  );

  app.get<{ Params: ClusterParams }>(
    `${ROUTE}/clusterscans/:scanId/clusters/:clusterId`,
    { preHandler: requireAnyPermission(CLUSTER_VIEW) },
    async (request) => {
      const scan = scans.requireScan(request.params.scanId);
      const cluster = scans.requireCluster(scan, request.params.clusterId);
      return clusterView(context, contacts, scan, cluster);
    },
  );

  app.put<{ Params: ClusterParams }>(
    `${ROUTE}/clusterscans/:scanId/clusters/:clusterId/merge`,
    { preHandler: requireAnyPermission(CLUSTER_MERGE) },
    async (request) => {
      const { scan, cluster } = scans.mergeCluster(request.params.scanId, request.params.clusterId);
      return clusterView(context, contacts, scan, cluster);
    },
  );

  app.get(`${ROUTE}/settings`, { preHandler: requireAnyPermission(SETTINGS_VIEW) }, async () =>
    settingsJson(scans.repo.settings()),
  );

  app.put(
    `${ROUTE}/settings`,
    { preHandler: requireAnyPermission(SETTINGS_EDIT) },
    async (request) => settingsJson(scans.updateSettings(request.body)),
  );
}
