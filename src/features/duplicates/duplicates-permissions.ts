import { PERMISSIONS } from '@/models/permissions';

/** @deprecated Read PERMISSIONS.graph; kept while the duplicates route's loader imports it. */
export const CLUSTER_VIEW_PERMISSIONS = PERMISSIONS.graph.clusterView;
