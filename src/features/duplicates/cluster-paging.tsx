import { GuxButtonSlot } from 'genesys-spark-components-react';

/** First / Previous / Next over cursor pages; Previous goes back through the positions passed. */
export function ClusterPaging({
  onFirst,
  onPrevious,
  onNext,
  pageNumber,
}: {
  onFirst: (() => void) | undefined;
  onPrevious: (() => void) | undefined;
  onNext: (() => void) | undefined;
  pageNumber: number;
}) {
  return (
    <nav className="cluster-paging" aria-label="Cluster pages">
      <GuxButtonSlot accent="secondary">
        <button type="button" disabled={!onFirst} onClick={onFirst}>
          First
        </button>
      </GuxButtonSlot>
      <GuxButtonSlot accent="secondary">
        <button type="button" disabled={!onPrevious} onClick={onPrevious}>
          Previous clusters
        </button>
      </GuxButtonSlot>
      <span>Page {pageNumber}</span>
      <GuxButtonSlot accent="secondary">
        <button type="button" disabled={!onNext} onClick={onNext}>
          Next clusters
        </button>
      </GuxButtonSlot>
    </nav>
  );
}
