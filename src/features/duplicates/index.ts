/** What other features use of duplicates: the start page shows the latest scan's figures. */
export { latestScanQueryOptions } from './api';
export type { ClusterScan } from './graph-model';
