import { GuxBadge } from 'genesys-spark-components-react';
import { STATUS_LABELS } from './cluster-view';
import type { ClusterState } from './cluster-rows';

const ACCENTS = {
  NotMerged: 'info',
  ManualSucceeded: 'success',
  AutoSucceeded: 'success',
  MergedSince: 'success',
  ManualFailed: 'error',
  AutoFailed: 'error',
  ManualQueued: 'warning',
  AutoQueued: 'warning',
} as const;

export const STATE_LABELS: Record<ClusterState, string> = {
  ...STATUS_LABELS,
  MergedSince: 'Merged since the scan',
};

export function ClusterStatusBadge({ state }: { state: ClusterState }) {
  return <GuxBadge accent={ACCENTS[state]}>{STATE_LABELS[state]}</GuxBadge>;
}
